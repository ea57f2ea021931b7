import SpecIR

/// The bytes of one spec file, checked to be non-empty UTF-8.
struct SpecInput: Sendable {
    /// The kind of document, told from its first non-blank byte.
    enum Format: Sendable {
        case html
        case apiDocsJSON
    }

    /// The path, as given; used in every location.
    let path: String
    /// The bytes, without a UTF-8 byte-order mark.
    let bytes: [UInt8]

    /// Checks the bytes: empty and invalid UTF-8 input are errors located at their line.
    init(path: String, bytes: [UInt8]) throws(DiagnosticError) {
        self.path = path
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        guard body.contains(where: { !Self.isSpace($0) }) else {
            throw DiagnosticError("the file is empty", at: SourceLocation(file: path, line: 1))
        }
        if let badOffset = Self.firstInvalidUTF8Offset(body) {
            throw DiagnosticError(
                "invalid UTF-8 at byte offset \(badOffset + (bytes.count - body.count))",
                at: SourceLocation(file: path, line: Self.line(ofOffset: badOffset, in: body)))
        }
        self.bytes = body
    }

    /// A location in this file.
    func location(line: Int) -> SourceLocation {
        SourceLocation(file: path, line: line)
    }

    /// JSON when the first non-blank byte opens an object, HTML when it opens a tag; nil otherwise.
    var format: Format? {
        guard let first = bytes.first(where: { !Self.isSpace($0) }) else { return nil }
        switch first {
        case UInt8(ascii: "{"): return .apiDocsJSON
        case UInt8(ascii: "<"): return .html
        default: return nil
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    static func line(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F:
                offset += 1
                continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return offset
            }
            guard offset + length <= bytes.count else { return offset }
            let second = bytes[offset + 1]
            guard second >= lowerBound, second <= upperBound else { return offset }
            for index in 2..<length where bytes[offset + index] & 0xC0 != 0x80 {
                return offset
            }
            offset += length
        }
        return nil
    }
}
