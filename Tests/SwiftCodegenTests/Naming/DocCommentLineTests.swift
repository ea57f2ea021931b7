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

    @Test("a line met twice wraps the same, at each width")
    func memoisedWidths() {
        let text = String(repeating: "word ", count: 30)
        #expect(DocComment.lines(text, width: 40) == DocComment.lines(text, width: 40))
        #expect(DocComment.lines(text, width: 40) != DocComment.lines(text, width: 60))
        #expect(DocComment.lines(text, width: 60).allSatisfy { $0.count <= 60 })
    }
}
