/// A type a ``SchemaModel`` member can have: a scalar, an open enum, `JSONValue`, a nested model or a list of
/// them. Each says how an answer's JSON is read leniently.
public protocol SchemaFieldValue: Codable, Hashable, Sendable {
    /// The value read leniently (a number given as a string is still a number), or nil when it cannot be read.
    static func readLeniently(from decoder: any Decoder) -> Self?
}

extension SchemaFieldValue where Self: LenientlyDecodable {
    /// The scalar read by its ``LenientlyDecodable`` conversion; nil for JSON `null`.
    @inlinable public static func readLeniently(from decoder: any Decoder) -> Self? {
        guard let container = try? decoder.singleValueContainer(), !container.decodeNil() else { return nil }
        return decodeLeniently(from: container)
    }
}

extension String: SchemaFieldValue {}
extension Bool: SchemaFieldValue {}
extension Int: SchemaFieldValue {}
extension Int64: SchemaFieldValue {}
extension Double: SchemaFieldValue {}
extension JSONValue: SchemaFieldValue {}

extension Array: SchemaFieldValue where Element: SchemaFieldValue {
    /// The elements that can be read; JSON `null` elements are skipped and each unreadable one is reported
    /// (``DecodingIssues``) and left out, so one bad element does not lose the list. Nil when the value is not
    /// a list.
    @inlinable public static func readLeniently(from decoder: any Decoder) -> [Element]? {
        guard var list = try? decoder.unkeyedContainer() else { return nil }
        var elements: [Element] = []
        while !list.isAtEnd {
            if (try? list.decodeNil()) == true { continue }
            guard let element = try? list.superDecoder() else { break }
            if let value = Element.readLeniently(from: element) {
                elements.append(value)
            } else {
                element.reportUnreadable()
            }
        }
        return elements
    }
}

extension KeyedDecodingContainer {
    /// The member read leniently: nil when absent or `null`, and nil, reported as unreadable
    /// (``DecodingIssues``), when it cannot be read as `Value`.
    @inlinable func decodeField<Value: SchemaFieldValue>(_ type: Value.Type, forKey key: Key) -> Value? {
        guard contains(key), (try? decodeNil(forKey: key)) == false, let decoder = try? superDecoder(forKey: key)
        else { return nil }
        guard let value = Value.readLeniently(from: decoder) else {
            decoder.reportUnreadable()
            return nil
        }
        return value
    }
}
