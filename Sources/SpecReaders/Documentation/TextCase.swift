/// Lower-casing that skips Unicode's case tables where the text's only cased letters are ASCII: the readers
/// lower-case most descriptions (Chinese text, whose ideographs and punctuation have no case) to search them, and
/// `String.lowercased()` builds a string per scalar for any text that is not all ASCII.
enum TextCase {
    /// Exactly `text.lowercased()`.
    static func lowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text.lowercased() }
        guard text.unicodeScalars.allSatisfy(Self.isUnchangedByLowercasing) else { return text.lowercased() }
        let bytes = text.utf8
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            for byte in bytes {
                output[count] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
                count += 1
            }
            return count
        }
    }

    /// Whether lower-casing leaves the scalar as it is, or maps it within ASCII: ideographs, kana, CJK and
    /// general punctuation and the full-width forms other than Ａ–Ｚ are known without a look-up.
    private static func isUnchangedByLowercasing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0x2000...0x206F, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFF20,
            0xFF3B...0xFFEF:
            return true
        default:
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            return mapping.count == 1 && mapping.first == scalar
        }
    }
}
