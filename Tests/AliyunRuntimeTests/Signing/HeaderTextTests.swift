import AliyunRuntime
import Foundation
import Testing

@Suite("Header values trimmed as signatures canonicalise them")
struct HeaderTextTests {
    static let values = [
        "", " ", "plain", "  both  ", "\tTab\t", "\u{3000}ideographic\u{3000}", "\u{00A0}nbsp\u{00A0}", "\u{2009}thin",
        "line\n", "\ncarriage\r", "in side", " é ", "\u{200B}zero width\u{200B}", " \t\u{3000} ",
    ]

    @Test("the same text as Foundation's trimmingCharacters(in: .whitespaces)", arguments: values)
    func agreesWithFoundation(_ value: String) {
        #expect(HeaderText.trimmed(value) == value.trimmingCharacters(in: .whitespaces))
    }
}
