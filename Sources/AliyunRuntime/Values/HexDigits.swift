/// A byte as two hex digits, the one table the signers, the JSON writer and the UUIDs write hex with.
enum HexDigits {
    /// Which digits: `a`–`f` (signatures, hashes, JSON `\u` escapes) or `A`–`F` (percent-encoding, UUIDs).
    enum Case {
        case lower
        case upper
    }

    private static let lower = Array("0123456789abcdef".utf8)
    private static let upper = Array("0123456789ABCDEF".utf8)

    /// Appends the byte's two digits, high nibble first.
    static func append(_ byte: UInt8, to output: inout [UInt8], _ letters: Case) {
        let digits = letters == .lower ? lower : upper
        output.append(digits[Int(byte >> 4)])
        output.append(digits[Int(byte & 0x0F)])
    }

    /// The bytes as hex text.
    static func text(_ bytes: some Sequence<UInt8>, _ letters: Case) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes { append(byte, to: &output, letters) }
        return String(decoding: output, as: UTF8.self)
    }
}
