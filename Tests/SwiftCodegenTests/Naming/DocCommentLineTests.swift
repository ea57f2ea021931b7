import SwiftSourceText
import Testing

@testable import SwiftCodegen

/// The byte-level line split of doc comments finds exactly the breaks `Character.isNewline` finds.
@Suite("Doc comment lines")
struct DocCommentLineTests {
    @Test(
        "textLines splits as split(whereSeparator: \\.isNewline) does",
        arguments: [
            "", "one", "a\nb", "a\r\nb", "a\rb", "a\n\nb\n", "\n", "\r\n\r\n", "a\u{0B}b\u{0C}c", "a\u{85}b",
            "a\u{2028}b\u{2029}c", "“引号” — 中文\n第二行", "\u{2027}\u{202A}\u{2030}", "e\u{301}\ne\u{301}",
            "tail\r", "\u{C2}\u{A0}nbsp", "a\r\r\nb",
        ])
    func sameSplit(text: String) {
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        #expect(DocComment.textLines(text).map(String.init) == expected)
    }

    @Test(
        "needsCleaning finds exactly the lines holding a control or bidirectional character",
        arguments: [
            "plain", "中文“引号”—…", "tab\there", "del\u{7F}", "c1\u{85}x", "c1\u{9F}", "nbsp\u{A0}", "ar\u{61C}",
            "\u{200D}joiner", "\u{200E}", "\u{200F}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}",
            "\u{2066}", "\u{2069}", "\u{206A}", "é", "\u{1F600}",
        ])
    func cleaningFastPath(line: String) {
        let slow = line.unicodeScalars.contains {
            ControlCharacters.contains($0) || BidirectionalControls.contains($0)
        }
        #expect(DocComment.needsCleaning(Substring(line)) == slow, "\(line.unicodeScalars.map(\.value))")
    }

    @Test(
        "a string literal is the text in quotes exactly when no scalar of it is escaped",
        arguments: [
            "plain", "中文“引号”—…", "quote\"", "back\\slash", "tab\there", "nul\u{0}", "del\u{7F}", "c1\u{85}x",
            "nbsp\u{A0}", "ar\u{61C}", "\u{200D}", "\u{200E}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202F}",
            "\u{2066}", "\u{206A}", "\u{1F600}", "#\\(x)",
        ])
    func literalFastPath(text: String) {
        let escaped = text.unicodeScalars.contains { scalar in
            scalar == "\\" || scalar == "\"" || scalar.properties.generalCategory == .control
                || scalar.value == 0x2028 || scalar.value == 0x2029 || BidirectionalControls.contains(scalar)
        }
        #expect(UTF8Scan.containsSpecial(text.utf8, lineSeparators: true, quotes: true) == escaped)
        #expect((SwiftLiteral.string(text) == "\"" + text + "\"") == !escaped)
    }

    /// Lines of words, spaces, long words, notes and list items, wrapped at many widths.
    @Test("an ASCII line wraps on bytes exactly as it wraps on characters")
    func asciiWrap() {
        var random = SeededRandom(state: 0x5EED)
        let pieces = [
            "a", "word", "longerword", "averyveryveryverylongwordwithoutanyspaceatallthatgoesonandon", " ", "  ",
            "> ", "- ", "`code`", "x.y.z", "http://example.com/a/b/c/d/e/f/g", "1234567890",
        ]
        for _ in 0..<3_000 {
            var line = ""
            for _ in 0..<Int(random.next() % 24) { line += pieces[Int(random.next() % UInt64(pieces.count))] }
            for width in [8, 12, 20, 40, 96] {
                #expect(
                    DocComment.wrap(line, width: width)
                        == DocComment.wrapCharacters(line, width: width), "\(width): \(line)")
            }
        }
    }
}
