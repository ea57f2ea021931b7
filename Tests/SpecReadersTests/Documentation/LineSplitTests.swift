import Testing

@testable import SpecReaders

/// Lines split on bytes as on characters.
@Suite("Line split")
struct LineSplitTests {
    @Test(
        "splitLines gives the slices of split(separator: \"\\n\"), both ways of empty lines",
        arguments: [
            "", "\n", "\n\n", "a", "a\n", "\na", "a\nb", "a\r\nb", "a\r\n", "\r\n\r\n", "a\n\u{301}b", "a\r\rb\n",
            "中文\n第二行\n\n第四行", "a\n\n\nb\n", "\u{2028}x\ny", "e\u{301}\n\u{301}",
        ])
    func sameSlices(text: String) {
        for omitting in [false, true] {
            #expect(
                text.splitLines(omittingEmptySubsequences: omitting).map(String.init)
                    == text.split(separator: "\n", omittingEmptySubsequences: omitting).map(String.init))
        }
    }
}
