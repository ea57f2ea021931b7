import SwiftSourceText

extension String {
    /// `split(separator: "\n", omittingEmptySubsequences:)`, found in the UTF-8 bytes.
    ///
    /// The character `"\n"` is exactly a byte 0x0A that does not follow a carriage return (`"\r\n"` is one
    /// character), since a line feed always stands alone between grapheme boundaries; so the slices are the same,
    /// without comparing every character of a description with `"\n"` (which normalises each non-ASCII one).
    func splitLines(omittingEmptySubsequences: Bool) -> [Substring] {
        var native = self
        let breaks = native.withUTF8 { bytes -> [(start: Int, length: Int)] in
            var found: [(start: Int, length: Int)] = []
            for offset in bytes.indices
            where bytes[offset] == 0x0A && (offset == 0 || bytes[offset - 1] != 0x0D) {
                found.append((offset, 1))
            }
            return found
        }
        return UTF8Scan.slices(of: self, between: breaks, omittingEmpty: omittingEmptySubsequences)
    }
}
