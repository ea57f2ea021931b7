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

extension KeyedDecodingContainer {
    /// The member read leniently (``decodeMember(forKey:read:)``).
    @inlinable func decodeField<Value: SchemaFieldValue>(_ type: Value.Type, forKey key: Key) -> Value? {
        decodeMember(forKey: key) { Value.readLeniently(from: $0) }
    }
}
