// The members a generated table lists, one function per RPC query coding: a scalar (`Name=value`), a nested
// object (`Name.Member=value`), a repeated list (`Name.1=value`), a comma-joined list, a list of objects
// (`Name.1.Member=value`), a JSON text, and a ROA member sent outside the query. `jsonKey` is the JSON object
// key when it is not the wire name (two members of one name in different places).

extension ModelField {
    /// An optional scalar or open enum: `Name=value`.
    @inlinable public static func value<Value: SchemaFieldValue & RPCQueryValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value?> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        optional(name, path, jsonKey: jsonKey, write: scalarWrite(), read: scalarRead())
    }

    /// A required scalar or open enum: `Name=value`.
    @inlinable public static func requiredValue<Value: SchemaFieldValue & RPCQueryValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        required(name, path, jsonKey: jsonKey, write: scalarWrite(), read: scalarRead())
    }

    /// An optional nested object: `Name.Member=value`.
    @inlinable public static func object<Value: SchemaModel & RPCQueryCodable>(
        _ name: String, _ path: WritableKeyPath<Root, Value?> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        optional(name, path, jsonKey: jsonKey, write: objectWrite(), read: objectRead())
    }

    /// A required nested object: `Name.Member=value`.
    @inlinable public static func requiredObject<Value: SchemaModel & RPCQueryCodable>(
        _ name: String, _ path: WritableKeyPath<Root, Value> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        required(name, path, jsonKey: jsonKey, write: objectWrite(), read: objectRead())
    }

    /// An optional repeated list: `Name.1=value`, `Name.2=value`.
    @inlinable public static func list<Element: SchemaFieldValue & RPCQueryValue>(
        _ name: String, _ path: WritableKeyPath<Root, [Element]?> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        optional(name, path, jsonKey: jsonKey, write: listWrite(), read: listRead())
    }

    /// A required repeated list: `Name.1=value`, `Name.2=value`.
    @inlinable public static func requiredList<Element: SchemaFieldValue & RPCQueryValue>(
        _ name: String, _ path: WritableKeyPath<Root, [Element]> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        required(name, path, jsonKey: jsonKey, write: listWrite(), read: listRead())
    }

    /// An optional list sent as one comma-separated value: `Name=a,b`.
    @inlinable public static func joined<Element: SchemaFieldValue & RPCQueryValue>(
        _ name: String, _ path: WritableKeyPath<Root, [Element]?> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        optional(name, path, jsonKey: jsonKey, write: joinedWrite(), read: joinedRead())
    }

    /// A required list sent as one comma-separated value: `Name=a,b`.
    @inlinable public static func requiredJoined<Element: SchemaFieldValue & RPCQueryValue>(
        _ name: String, _ path: WritableKeyPath<Root, [Element]> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        required(name, path, jsonKey: jsonKey, write: joinedWrite(), read: joinedRead())
    }

    /// An optional list of objects: `Name.1.Member=value`.
    @inlinable public static func objects<Element: SchemaModel & RPCQueryCodable>(
        _ name: String, _ path: WritableKeyPath<Root, [Element]?> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        optional(name, path, jsonKey: jsonKey, write: objectsWrite(), read: objectsRead())
    }

    /// A required list of objects: `Name.1.Member=value`.
    @inlinable public static func requiredObjects<Element: SchemaModel & RPCQueryCodable>(
        _ name: String, _ path: WritableKeyPath<Root, [Element]> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        required(name, path, jsonKey: jsonKey, write: objectsWrite(), read: objectsRead())
    }

    /// An optional value sent as JSON text: `Name={"a":1}`.
    @inlinable public static func json<Value: SchemaFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value?> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        optional(name, path, jsonKey: jsonKey, write: jsonWrite(), read: jsonRead())
    }

    /// A required value sent as JSON text: `Name={"a":1}`.
    @inlinable public static func requiredJSON<Value: SchemaFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        required(name, path, jsonKey: jsonKey, write: jsonWrite(), read: jsonRead())
    }

    /// An optional member of an answer (or a type only answers use): JSON only, never RPC query items.
    @inlinable public static func member<Value: SchemaFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value?> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        optional(name, path, jsonKey: jsonKey, write: nil, read: nil)
    }

    /// A required member of an answer: JSON only, never RPC query items.
    @inlinable public static func requiredMember<Value: SchemaFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        required(name, path, jsonKey: jsonKey, write: nil, read: nil)
    }

    /// An optional member of a ROA request sent in its path, headers or body (``ROARequestEncodable``), never
    /// in the query.
    @inlinable public static func unqueried<Value: SchemaFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value?> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        optional(name, path, jsonKey: jsonKey, write: nil, read: nil)
    }

    /// A required member of a ROA request sent in its path, headers or body, never in the query.
    @inlinable public static func requiredUnqueried<Value: SchemaFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value> & Sendable, jsonKey: String? = nil
    ) -> ModelField {
        required(name, path, jsonKey: jsonKey, write: nil, read: nil)
    }

    @inlinable static func scalarWrite<Value: RPCQueryValue>() -> QueryWrite<Value> {
        { value, name, encoder in encoder.encode(value, forKey: name) }
    }

    @inlinable static func scalarRead<Value: RPCQueryValue>() -> QueryRead<Value> {
        { decoder, name throws(RPCQueryDecodingError) in try decoder.decode(Value.self, forKey: name) }
    }

    @inlinable static func objectWrite<Value: SchemaModel & RPCQueryCodable>() -> QueryWrite<Value> {
        { value, name, encoder in try encoder.encodeObject(value, forKey: name) }
    }

    @inlinable static func objectRead<Value: SchemaModel & RPCQueryCodable>() -> QueryRead<Value> {
        { decoder, name throws(RPCQueryDecodingError) in try decoder.decodeObject(Value.self, forKey: name) }
    }

    @inlinable static func listWrite<Element: RPCQueryValue>() -> QueryWrite<[Element]> {
        { values, name, encoder in encoder.encodeList(values, forKey: name) }
    }

    @inlinable static func listRead<Element: RPCQueryValue>() -> QueryRead<[Element]> {
        { decoder, name throws(RPCQueryDecodingError) in try decoder.decodeList(Element.self, forKey: name) }
    }

    @inlinable static func joinedWrite<Element: RPCQueryValue>() -> QueryWrite<[Element]> {
        { values, name, encoder in encoder.encodeJoined(values, forKey: name) }
    }

    @inlinable static func joinedRead<Element: RPCQueryValue>() -> QueryRead<[Element]> {
        { decoder, name throws(RPCQueryDecodingError) in try decoder.decodeJoined(Element.self, forKey: name) }
    }

    @inlinable static func objectsWrite<Element: SchemaModel & RPCQueryCodable>() -> QueryWrite<[Element]> {
        { values, name, encoder in try encoder.encodeObjectList(values, forKey: name) }
    }

    @inlinable static func objectsRead<Element: SchemaModel & RPCQueryCodable>() -> QueryRead<[Element]> {
        { decoder, name throws(RPCQueryDecodingError) in try decoder.decodeObjectList(Element.self, forKey: name) }
    }

    @inlinable static func jsonWrite<Value: SchemaFieldValue>() -> QueryWrite<Value> {
        { value, name, encoder in try encoder.encodeJSON(value, forKey: name) }
    }

    @inlinable static func jsonRead<Value: SchemaFieldValue>() -> QueryRead<Value> {
        { decoder, name throws(RPCQueryDecodingError) in try decoder.decodeJSON(Value.self, forKey: name) }
    }
}
