extension String {
    /// `split(separator: "\n", omittingEmptySubsequences:)`, found in the UTF-8 bytes.
    ///
    /// The character `"\n"` is exactly a byte 0x0A that does not follow a carriage return (`"\r\n"` is one
    /// character), since a line feed always stands alone between grapheme boundaries; so the slices are the same,
    /// without comparing every character of a description with `"\n"` (which normalises each non-ASCII one).
    func splitLines(omittingEmptySubsequences: Bool) -> [Substring] {
        var native = self
        let breaks = native.withUTF8 { bytes -> [Int] in
            var found: [Int] = []
            for offset in bytes.indices
            where bytes[offset] == 0x0A && (offset == 0 || bytes[offset - 1] != 0x0D) {
                found.append(offset)
            }
            return found
        }
        let utf8 = self.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            if !omittingEmptySubsequences || offset > startOffset { lines.append(self[start..<end]) }
            start = utf8.index(after: end)
            startOffset = offset + 1
        }
        if !omittingEmptySubsequences || utf8.count > startOffset { lines.append(self[start..<utf8.endIndex]) }
        return lines
    }
}
