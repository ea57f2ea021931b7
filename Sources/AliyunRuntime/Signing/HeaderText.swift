import Foundation

/// Header text as signatures canonicalise it.
public enum HeaderText {
    /// The text without its leading and trailing white space (Foundation's `CharacterSet.whitespaces`). Text that
    /// starts and ends with a visible ASCII character, nearly every header value, is returned without Foundation's
    /// cost: a header value is canonicalised on every call, signed and verified.
    public static func trimmed(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last, isVisibleASCII(first), isVisibleASCII(last) {
            return String(text)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func isVisibleASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.value > 0x20 && scalar.value < 0x7F }
}
