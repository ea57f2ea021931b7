import Testing

@testable import SpecReaders

@Suite("Lower-casing")
struct TextCaseTests {
    @Test("the same string as String.lowercased() for every scalar, beside an ideograph and an ASCII capital")
    func everyScalar() {
        var differing: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "中\(Character(scalar))A"
            // Compared byte for byte: String's == would take canonically equivalent spellings as equal.
            if !TextCase.lowercased(text).utf8.elementsEqual(text.lowercased().utf8) {
                differing.append(String(value, radix: 16))
            }
        }
        #expect(differing.isEmpty)
    }

    @Test("text of ASCII, Chinese, full-width and cased letters")
    func samples() {
        for text in [
            "", "ABC", "取值范围：ONLY Supported", "Ａ全角ＢＣ", "İstanbul", "ΣΑΣ 中文", "Kelvin \u{212A}", "Straße",
            "默认值：PL1",
        ] {
            #expect(TextCase.lowercased(text).utf8.elementsEqual(text.lowercased().utf8))
        }
    }
}
