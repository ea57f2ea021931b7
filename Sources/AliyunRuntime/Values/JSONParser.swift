/// Reads JSON text (RFC 8259) into a ``JSONValue`` in one pass over its UTF-8 bytes: what answers are read with
/// before a generated model is made from them (``SchemaModel/init(json:)``), without the per-member decoders and
/// coding paths of `JSONDecoder`.
///
/// It reads what `JSONDecoder` reads, as ``JSONValue``'s `Decodable` reading makes it: numbers of integral value that
/// fit in 64 bits are integers (`2.0` and `1e3` too), other finite numbers `Double`s, and a number out of a
/// `Double`'s range is refused; a trailing comma in an array or object is allowed; of a key given twice, the first
/// value is kept. Nesting deeper than ``maximumDepth`` is refused rather than followed, so no input can exhaust the
/// stack; text that is not valid UTF-8 is refused.
public struct JSONParser {
    /// The deepest nesting of arrays and objects read.
    public static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The value of the whole text.
    ///
    /// - Throws: ``JSONParsingError`` naming the byte offset where the text stops being JSON.
    public static func parse(_ bytes: [UInt8]) throws(JSONParsingError) -> JSONValue {
        var parser = JSONParser(bytes)
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.error("unexpected text after the value") }
        return value
    }

    private func error(_ reason: String) -> JSONParsingError { JSONParsingError(offset: index, reason: reason) }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    private mutating func value() throws(JSONParsingError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of text") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONParsingError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("unexpected end of text") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw error("unexpected character")
        }
        index += count
        return value
    }

    /// Steps into an array or object, the index at its opening bracket; true when it closes at once.
    private mutating func enter(closing: UInt8) throws(JSONParsingError) -> Bool {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
        index += 1
        skipSpace()
        return closes(with: closing)
    }

    /// After an element or member: true when the array or object closes (a trailing comma allowed), false when
    /// another follows.
    private mutating func closesAfterElement(with closing: UInt8) throws(JSONParsingError) -> Bool {
        skipSpace()
        guard index < bytes.count else { throw error("unexpected end of text") }
        if closes(with: closing) { return true }
        guard bytes[index] == UInt8(ascii: ",") else {
            throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))'")
        }
        index += 1
        skipSpace()
        return closes(with: closing)
    }

    private mutating func closes(with closing: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == closing else { return false }
        index += 1
        return true
    }

    private mutating func object() throws(JSONParsingError) -> JSONValue {
        defer { depth -= 1 }
        var members: [String: JSONValue] = [:]
        if try enter(closing: UInt8(ascii: "}")) { return .object(members) }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a key") }
            let key = try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
            index += 1
            skipSpace()
            let member = try value()
            if members[key] == nil { members[key] = member }
            if try closesAfterElement(with: UInt8(ascii: "}")) { return .object(members) }
        }
    }

    private mutating func array() throws(JSONParsingError) -> JSONValue {
        defer { depth -= 1 }
        var elements: [JSONValue] = []
        if try enter(closing: UInt8(ascii: "]")) { return .array(elements) }
        while true {
            elements.append(try value())
            if try closesAfterElement(with: UInt8(ascii: "]")) { return .array(elements) }
        }
    }

    /// A string literal, the index at its opening quote.
    private mutating func string() throws(JSONParsingError) -> String {
        index += 1
        let start = index
        // The common case: no escapes, so the text is the bytes between the quotes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                guard let text = String(validating: bytes[start..<index], as: UTF8.self) else {
                    throw JSONParsingError(offset: start, reason: "a string is not valid UTF-8")
                }
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw error("a control character in a string") }
            index += 1
        }
        var decoded = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: decoded, as: UTF8.self) else {
                    throw JSONParsingError(offset: start, reason: "a string is not valid UTF-8")
                }
                index += 1
                return text
            case UInt8(ascii: "\\"):
                index += 1
                try escape(into: &decoded)
            case ..<0x20:
                throw error("a control character in a string")
            default:
                decoded.append(byte)
                index += 1
            }
        }
        throw error("unterminated string")
    }

    /// One escape, the index after its backslash.
    private mutating func escape(into decoded: inout [UInt8]) throws(JSONParsingError) {
        guard index < bytes.count else { throw error("unterminated string") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexUnit()
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate: its low half must follow as another \u escape.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw error("a lone surrogate in a \\u escape") }
                index += 2
                let low = try hexUnit()
                guard (0xDC00..<0xE000).contains(low) else { throw error("a lone surrogate in a \\u escape") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw error("a lone surrogate in a \\u escape")
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error("an invalid \\u escape") }
            decoded.append(contentsOf: String(unicode).utf8)
        default: throw error("an invalid escape")
        }
    }

    /// Four hex digits of a `\u` escape.
    private mutating func hexUnit() throws(JSONParsingError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("unterminated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("an invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// A number: an integer when its value is integral and fits in 64 bits, else a `Double`.
    private mutating func number() throws(JSONParsingError) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("a number without digits") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("a fraction without digits") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("an exponent without digits") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int64(text) { return .integer(integer) }
        guard let number = Double(text), number.isFinite else {
            throw JSONParsingError(offset: start, reason: "a number out of range")
        }
        return Int64(exactly: number).map(JSONValue.integer) ?? .number(number)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

/// Text that is not JSON: where it stops being JSON, and why.
public struct JSONParsingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The offset of the byte where reading stopped.
    public var offset: Int
    /// What was wrong there.
    public var reason: String

    /// An error at `offset`.
    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    /// The offset and the reason.
    public var description: String { "not JSON at byte \(offset): \(reason)" }
}
