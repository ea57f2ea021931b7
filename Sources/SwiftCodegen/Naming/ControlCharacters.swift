/// The control characters generated text never carries: general category Cc, which is exactly
/// U+0000–U+001F and U+007F–U+009F.
enum ControlCharacters {
    /// Whether the scalar is a control character.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The text without its control characters.
    static func removed(from text: some StringProtocol) -> String {
        text.unicodeScalars.contains(where: contains)
            ? String(String.UnicodeScalarView(text.unicodeScalars.filter { !contains($0) })) : String(text)
    }
}
