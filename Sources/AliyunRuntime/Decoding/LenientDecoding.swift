/// A value that a response may carry in another JSON type than documented.
///
/// Alibaba Cloud services send numbers as strings (`"12"`), booleans as strings (`"true"`) or numbers
/// (`1`), and strings as numbers; generated responses read every field through
/// ``Swift/KeyedDecodingContainer/decodeLeniently(_:forKey:)`` so that such a field still decodes.
///
/// Each type reads from two sources by the same rules: a decoder's single value (`JSONDecoder`, or a document
/// made from XML), and a parsed ``JSONValue`` (``JSONParser``, the generated client's path).
public protocol LenientlyDecodable: Decodable {
    /// Reads the value from whatever JSON type it came in; nil when it cannot be read as this type.
    static func decodeLeniently(from container: any SingleValueDecodingContainer) -> Self?
    /// Reads the value from whatever JSON type it came in, by the rules of
    /// ``decodeLeniently(from:)-(SingleValueDecodingContainer)``; nil when it cannot be read as this type.
    static func decodeLeniently(from json: JSONValue) -> Self?
}

extension String: LenientlyDecodable {
    /// A string, or a number or boolean written out.
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) -> String? {
        if let value = try? container.decode(String.self) { return value }
        if let value = try? container.decode(Int64.self) { return String(value) }
        if let value = try? container.decode(Double.self) { return String(value) }
        if let value = try? container.decode(Bool.self) { return value ? "true" : "false" }
        return nil
    }

    /// A string, or a number or boolean written out.
    public static func decodeLeniently(from json: JSONValue) -> String? {
        switch json {
        case .string(let value): value
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .bool(let value): value ? "true" : "false"
        case .null, .array, .object: nil
        }
    }
}

extension Bool: LenientlyDecodable {
    /// `true`/`false`, the strings `"true"`/`"false"` in any case, or the numbers and strings 1 and 0.
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) -> Bool? {
        if let value = try? container.decode(Bool.self) { return value }
        if let value = try? container.decode(Int64.self) {
            return value == 1 ? true : value == 0 ? false : nil
        }
        guard let text = try? container.decode(String.self) else { return nil }
        return flag(text)
    }

    /// `true`/`false`, the strings `"true"`/`"false"` in any case, or the numbers and strings 1 and 0.
    public static func decodeLeniently(from json: JSONValue) -> Bool? {
        switch json {
        case .bool(let value): value
        case .integer(let value): value == 1 ? true : value == 0 ? false : nil
        case .string(let text): flag(text)
        case .null, .number, .array, .object: nil
        }
    }

    private static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }
}

extension Int: LenientlyDecodable {
    /// A JSON integer, or a string of decimal digits.
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) -> Int? {
        if let value = try? container.decode(Int.self) { return value }
        return (try? container.decode(String.self)).flatMap { Int($0.trimmingSpaces) }
    }

    /// A JSON integer, or a string of decimal digits.
    public static func decodeLeniently(from json: JSONValue) -> Int? {
        switch json {
        case .integer(let value): Int(exactly: value)
        case .string(let text): Int(text.trimmingSpaces)
        case .null, .bool, .number, .array, .object: nil
        }
    }
}

extension Int64: LenientlyDecodable {
    /// A JSON integer, or a string of decimal digits.
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) -> Int64? {
        if let value = try? container.decode(Int64.self) { return value }
        return (try? container.decode(String.self)).flatMap { Int64($0.trimmingSpaces) }
    }

    /// A JSON integer, or a string of decimal digits.
    public static func decodeLeniently(from json: JSONValue) -> Int64? {
        switch json {
        case .integer(let value): value
        case .string(let text): Int64(text.trimmingSpaces)
        case .null, .bool, .number, .array, .object: nil
        }
    }
}

extension Double: LenientlyDecodable {
    /// A JSON number, or a string holding a decimal number.
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) -> Double? {
        if let value = try? container.decode(Double.self) { return value }
        return (try? container.decode(String.self)).flatMap { Double($0.trimmingSpaces) }
    }

    /// A JSON number, or a string holding a decimal number.
    public static func decodeLeniently(from json: JSONValue) -> Double? {
        switch json {
        case .integer(let value): Double(value)
        case .number(let value): value
        case .string(let text): Double(text.trimmingSpaces)
        case .null, .bool, .array, .object: nil
        }
    }
}

extension JSONValue: LenientlyDecodable {
    /// Any JSON value.
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) -> JSONValue? {
        try? container.decode(JSONValue.self)
    }

    /// Any JSON value.
    public static func decodeLeniently(from json: JSONValue) -> JSONValue? { json }
}

extension OpenEnum {
    /// A string (any value, documented or not), or a number written out.
    public static func decodeLeniently(from container: any SingleValueDecodingContainer) -> Self? {
        String.decodeLeniently(from: container).map(Self.init(rawValue:))
    }

    /// A string (any value, documented or not), or a number written out.
    public static func decodeLeniently(from json: JSONValue) -> Self? {
        String.decodeLeniently(from: json).map(Self.init(rawValue:))
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
