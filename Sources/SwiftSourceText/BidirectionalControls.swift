/// The invisible characters that reorder how text is displayed (the "Trojan Source" characters): the
/// embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and
/// U+061C. In source they can make code read differently from what it does, so generated code never
/// carries them raw: literals escape them, comments and documentation spell them out.
public enum BidirectionalControls {
    /// Whether the scalar is one of them.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The text with each of them written out as a Swift escape (`\u{202E}`), visible wherever it is shown.
    public static func spelledOut(_ text: some StringProtocol) -> String {
        replaced(text) { "\\u{\(String($0.value, radix: 16, uppercase: true))}" }
    }

    /// The text with each of them written as a JSON escape (`\u202E`), for JSON that is kept verbatim: the
    /// same text once parsed, when they stand inside a JSON string (the only place they can).
    public static func jsonEscaped(_ text: some StringProtocol) -> String {
        replaced(text) { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    private static func replaced(_ text: some StringProtocol, by spelling: (Unicode.Scalar) -> String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if contains(scalar) { result += spelling(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
