/// A type a ``SchemaModel`` member can have: a scalar, an open enum, `JSONValue`, a nested model or a list of
/// them. Each says how an answer's JSON is read leniently.
public protocol SchemaFieldValue: Codable, Hashable, Sendable {
    /// The value read leniently (a number given as a string is still a number), or nil when it cannot be read.
    static func readLeniently(from decoder: any Decoder) -> Self?
}

extension String: SchemaFieldValue {}
extension Bool: SchemaFieldValue {}
extension Int: SchemaFieldValue {}
extension Int64: SchemaFieldValue {}
extension Double: SchemaFieldValue {}
extension JSONValue: SchemaFieldValue {}

extension Array: SchemaFieldValue where Element: SchemaFieldValue {
    /// The elements that can be read (``LenientList``); nil when the value is not a list.
    @inlinable public static func readLeniently(from decoder: any Decoder) -> [Element]? {
        LenientList.elements(of: decoder) { Element.readLeniently(from: $0) }
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
}

extension KeyedDecodingContainer {
    /// The member read leniently (``decodeMember(forKey:read:)``).
    @inlinable func decodeField<Value: SchemaFieldValue>(_ type: Value.Type, forKey key: Key) -> Value? {
        decodeMember(forKey: key) { Value.readLeniently(from: $0) }
    }
}
