/// Scans of UTF-8 bytes for the characters generated text treats specially, so that text holding none of
/// them (nearly all text) is kept as it is without walking its scalars and their Unicode properties.
public enum UTF8Scan {
    /// Whether the bytes hold a control character (general category Cc: U+0000–U+001F, U+007F–U+009F), a
    /// bidirectional control (``BidirectionalControls``: U+061C, U+200E, U+200F, U+202A–U+202E,
    /// U+2066–U+2069), U+2028 or U+2029 when `lineSeparators`, or `"` or `\` when `quotes`.
    ///
    /// A lead byte is never a continuation byte, so each pattern below is exactly one scalar.
    @inlinable
    public static func containsSpecial(
        _ bytes: some Sequence<UInt8>, lineSeparators: Bool = false, quotes: Bool = false
    ) -> Bool {
        // On contiguous bytes where the sequence has them (a string's or a native slice's UTF-8 view does): the
        // loop then runs without the view's index checks for each byte.
        if let found = bytes.withContiguousStorageIfAvailable({
            scanForSpecial($0, lineSeparators: lineSeparators, quotes: quotes)
        }) {
            return found
        }
        return scanForSpecial(bytes, lineSeparators: lineSeparators, quotes: quotes)
    }

    @inlinable
    static func scanForSpecial(
        _ bytes: some Sequence<UInt8>, lineSeparators: Bool, quotes: Bool
    ) -> Bool {
        var beforeLast: UInt8 = 0
        var last: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F { return true }
            if quotes, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            switch (beforeLast, last) {
            case (_, 0xC2) where (0x80...0x9F).contains(byte): return true
            case (_, 0xD8) where byte == 0x9C: return true
            case (0xE2, 0x80) where byte == 0x8E || byte == 0x8F || (0xAA...0xAE).contains(byte): return true
            case (0xE2, 0x80) where lineSeparators && (byte == 0xA8 || byte == 0xA9): return true
            case (0xE2, 0x81) where (0xA6...0xA9).contains(byte): return true
            default: break
            }
            beforeLast = last
            last = byte
        }
        return false
    }

    /// Whether every character of the text is one byte: ASCII without a carriage return (`"\r\n"` is the one
    /// ASCII character of two bytes), so that its character count is its byte count and its characters can be
    /// worked on as bytes.
    @inlinable
    public static func hasOneByteCharacters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 || byte == UInt8(ascii: "\r") { return false }
            return true
        }
    }

    /// The text between breaks found in its UTF-8 bytes (each at a byte offset, with its length in bytes, in
    /// order), as slices of the text, made indices in one step each; empty slices are left out when
    /// `omittingEmpty`. Every break must start and end on a character boundary, as a line break does.
    public static func slices(
        of text: String, between breaks: [(start: Int, length: Int)], omittingEmpty: Bool
    ) -> [Substring] {
        let utf8 = text.utf8
        var slices: [Substring] = []
        slices.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for lineBreak in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: lineBreak.start)
            if !omittingEmpty || lineBreak.start > startOffset { slices.append(text[start..<end]) }
            start = utf8.index(end, offsetBy: lineBreak.length)
            startOffset = lineBreak.start + lineBreak.length
        }
        if !omittingEmpty || utf8.count > startOffset { slices.append(text[start..<utf8.endIndex]) }
        return slices
    }

    /// The length in bytes of the line break at `index`, for every break `Character.isNewline` knows (`\n`,
    /// `\r\n`, `\r`, U+000B, U+000C, U+0085, U+2028, U+2029); nil when none starts there. Each is a character
    /// of its own, so splitting at these is splitting at newline characters.
    @inlinable
    public static func lineBreakLength<Bytes: Collection<UInt8>>(in bytes: Bytes, at index: Bytes.Index) -> Int? {
        guard index != bytes.endIndex else { return nil }
        let second = bytes.index(after: index)
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0x0D:
            return second != bytes.endIndex && bytes[second] == 0x0A ? 2 : 1
        case 0xC2:
            return second != bytes.endIndex && bytes[second] == 0x85 ? 2 : nil
        case 0xE2:
            guard second != bytes.endIndex, bytes[second] == 0x80 else { return nil }
            let third = bytes.index(after: second)
            return third != bytes.endIndex && (bytes[third] == 0xA8 || bytes[third] == 0xA9) ? 3 : nil
        default:
            return nil
        }
    }
}
