extension Character {
    /// The ASCII character this one equals as `==` compares characters (canonical equivalence), or nil.
    ///
    /// A character of one ASCII scalar is itself; U+037E, U+1FEF and U+212A are canonically `;`, `` ` `` and
    /// `K` (the only scalars whose normal form is one ASCII scalar); every other character equals no ASCII one.
    /// `==` against an ASCII literal gives the same answers, but on Linux it normalises every non-ASCII character
    /// it is given (a Chinese description's every character), which made comparing a tenth of reading a product. The readers' Markdown
    /// and sentence scanners and the doc-comment wrapper compare with it.
    public var asciiEquivalent: UInt8? {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return nil }
        let second = bytes.next()
        switch first {
        case 0..<0x80: return second == nil ? first : nil
        case 0xCD: return (second, bytes.next()) == (0xBE, nil) ? UInt8(ascii: ";") : nil
        case 0xE1: return (second, bytes.next(), bytes.next()) == (0xBF, 0xAF, nil) ? UInt8(ascii: "`") : nil
        case 0xE2: return (second, bytes.next(), bytes.next()) == (0x84, 0xAA, nil) ? UInt8(ascii: "K") : nil
        default: return nil
        }
    }

    /// Whether this character is `scalar` alone, compared by scalars: `==` for a scalar that no other scalar or
    /// sequence is canonically equivalent to (the full-width punctuation the readers look for, such as `。`).
    public func isOnly(_ scalar: Unicode.Scalar) -> Bool {
        var scalars = unicodeScalars.makeIterator()
        return scalars.next() == scalar && scalars.next() == nil
    }
}
