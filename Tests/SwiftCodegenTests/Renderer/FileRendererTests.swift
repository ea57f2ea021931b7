import Testing

@testable import SwiftCodegen

@Suite("A rendered file's whitespace")
struct FileRendererTests {
    /// What the normalising means, written the obvious way.
    static func reference(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = Substring(line)
            while line.last == " " || line.last == "\t" { line = line.dropLast() }
            return String(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(
        "trailing spaces and tabs go from every line, trailing empty lines go, and one newline ends the file",
        arguments: [
            "", "\n", "\n\n\n", "a", "a\n", "a  \n\tb\t \n\n \n", "  \n  ", "x \t", "中文 \n 注释\t\n", "a\r \nb",
            " \t lead\n\n\nkeep\n\n", "a\n \n b \n",
        ])
    func normalised(_ text: String) {
        var bytes = Array(text.utf8)
        FileRenderer.normalise(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == Self.reference(text))
    }
}
