/// A type a ``SchemaModel`` member can have: a scalar, an open enum, `JSONValue`, a nested model or a list of
/// them. Each says how an answer's JSON is read leniently, how it is read from a parsed ``JSONValue`` and how it is
/// written with a ``JSONWriter``.
public protocol SchemaFieldValue: Codable, Hashable, Sendable {
    /// The value read leniently (a number given as a string is still a number), or nil when it cannot be read.
    static func readLeniently(from decoder: any Decoder) -> Self?
    /// The value of a parsed JSON value, or nil when it cannot be made: read leniently (`lenient`, a member of an
    /// answer; never given `null`) by the rules of ``readLeniently(from:)``, else as `Decodable` reads it.
    static func read(json: JSONValue, lenient: Bool) -> Self?
    /// Writes the value as its `Encodable` conformance encodes it.
    func writeJSON(to writer: inout JSONWriter)
}

extension String: SchemaFieldValue {
    /// The text (leniently also a number or boolean written out).
    public static func read(json: JSONValue, lenient: Bool) -> String? {
        if lenient { return decodeLeniently(from: json) }
        guard case .string(let text) = json else { return nil }
        return text
    }

    /// A JSON string.
    public func writeJSON(to writer: inout JSONWriter) { writer.string(self) }
}

extension Bool: SchemaFieldValue {
    /// The flag (leniently also 1/0 and their strings).
    public static func read(json: JSONValue, lenient: Bool) -> Bool? {
        if lenient { return decodeLeniently(from: json) }
        guard case .bool(let flag) = json else { return nil }
        return flag
    }

    /// `true` or `false`.
    public func writeJSON(to writer: inout JSONWriter) { writer.bool(self) }
}

extension Int: SchemaFieldValue {
    /// The integer (leniently also a string of digits).
    public static func read(json: JSONValue, lenient: Bool) -> Int? {
        if lenient { return decodeLeniently(from: json) }
        guard case .integer(let number) = json else { return nil }
        return Int(exactly: number)
    }

    /// A JSON integer.
    public func writeJSON(to writer: inout JSONWriter) { writer.integer(self) }
}

extension Int64: SchemaFieldValue {
    /// The integer (leniently also a string of digits).
    public static func read(json: JSONValue, lenient: Bool) -> Int64? {
        if lenient { return decodeLeniently(from: json) }
        guard case .integer(let number) = json else { return nil }
        return number
    }

    /// A JSON integer.
    public func writeJSON(to writer: inout JSONWriter) { writer.integer(self) }
}

extension Double: SchemaFieldValue {
    /// The number (leniently also a string holding one).
    public static func read(json: JSONValue, lenient: Bool) -> Double? {
        if lenient { return decodeLeniently(from: json) }
        switch json {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return nil
        }
    }

    /// A JSON number.
    public func writeJSON(to writer: inout JSONWriter) { writer.number(self) }
}

extension JSONValue: SchemaFieldValue {
    /// Any value.
    public static func read(json: JSONValue, lenient: Bool) -> JSONValue? { json }

    /// The value, object keys sorted (``JSONText``).
    public func writeJSON(to writer: inout JSONWriter) { JSONText.write(self, to: &writer) }
}

extension Array: SchemaFieldValue where Element: SchemaFieldValue {
    /// The elements that can be read (``LenientList``); nil when the value is not a list.
    @inlinable public static func readLeniently(from decoder: any Decoder) -> [Element]? {
        LenientList.elements(of: decoder) { Element.readLeniently(from: $0) }
    }

    /// Leniently, the elements that can be read, `null`s skipped (as ``LenientList`` reads them); else every
    /// element, or nil.
    @inlinable public static func read(json: JSONValue, lenient: Bool) -> [Element]? {
        guard case .array(let elements) = json else { return nil }
        var values: [Element] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            if lenient {
                if element == .null { continue }
                if let value = Element.read(json: element, lenient: true) { values.append(value) }
            } else {
                guard let value = Element.read(json: element, lenient: false) else { return nil }
                values.append(value)
            }
        }
        return values
    }

    /// A JSON array.
    @inlinable public func writeJSON(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self { element.writeJSON(to: &writer) }
        writer.endArray()
    }
}

extension Dictionary: SchemaFieldValue where Key == String, Value: SchemaFieldValue {
    /// The members whose values can be read; nil when the value is not an object.
    @inlinable public static func readLeniently(from decoder: any Decoder) -> [String: Value]? {
        guard let container = try? decoder.container(keyedBy: SchemaCodingKey.self) else { return nil }
        var members: [String: Value] = [:]
        for key in container.allKeys {
            if let value = container.decodeField(Value.self, forKey: key) { members[key.stringValue] = value }
        }
        return members
    }

    /// Leniently, the members whose values can be read (`null`s left out); else every member, or nil.
    @inlinable public static func read(json: JSONValue, lenient: Bool) -> [String: Value]? {
        guard case .object(let members) = json else { return nil }
        var values: [String: Value] = [:]
        for (key, member) in members {
            if lenient {
                if member == .null { continue }
                if let value = Value.read(json: member, lenient: true) { values[key] = value }
            } else {
                guard let value = Value.read(json: member, lenient: false) else { return nil }
                values[key] = value
            }
        }
        return values
    }

    /// A JSON object, keys sorted: output never depends on dictionary order.
    @inlinable public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        for key in keys.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            writer.key(key)
            self[key]?.writeJSON(to: &writer)
        }
        writer.endObject()
    }
}

extension KeyedDecodingContainer {
    /// The member read leniently (``decodeMember(forKey:read:)``).
    @inlinable func decodeField<Value: SchemaFieldValue>(_ type: Value.Type, forKey key: Key) -> Value? {
        decodeMember(forKey: key) { Value.readLeniently(from: $0) }
    }
}
