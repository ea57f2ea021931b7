/// A generated struct whose members are described by a table, ``schema``, rather than by code per member:
/// its JSON coding, `==` and `hash(into:)` (and, for the types a request sends, declared `RPCQueryCodable`
/// as well, its RPC query coding) are implemented once here and walk the table, so a generated type carries data where it used to carry synthesized functions (issue 30 measured
/// those as most of the compile time of a generated SDK).
///
/// The behaviour is that of the synthesized conformances it replaces: JSON objects keyed by the wire names,
/// absent optionals omitted, equality and hashing over every member in declaration order. Answers decode
/// leniently (``ModelSchema/Decoding/lenient``); requests strictly.
public protocol SchemaModel: Sendable, Hashable, Codable, SchemaFieldValue {
    /// The members, in declaration order, and how each is coded.
    static var schema: ModelSchema<Self> { get }
}

extension SchemaModel {
    /// Whether every member is equal.
    @inlinable public static func == (lhs: Self, rhs: Self) -> Bool {
        for field in schema.fields where !field.isEqual(lhs, rhs) { return false }
        return true
    }

    /// Hashes every member, in declaration order.
    @inlinable public func hash(into hasher: inout Hasher) {
        for field in Self.schema.fields { field.hash(self, &hasher) }
    }

    /// The hash of ``hash(into:)``, written once here rather than synthesized for every type.
    @inlinable public var hashValue: Int { Hashing.value(of: self) }

    /// Writes a JSON object keyed by the wire names; absent optional members are left out.
    @inlinable public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: SchemaCodingKey.self)
        for field in Self.schema.fields { try field.encodeJSON(self, &container) }
    }

    /// Reads a JSON object keyed by the wire names: strictly for a request (a required member missing or a
    /// value of the wrong type is an error), leniently for an answer (see ``ModelSchema/Decoding/lenient``).
    @inlinable public init(from decoder: any Decoder) throws {
        let schema = Self.schema
        let container = try decoder.container(keyedBy: SchemaCodingKey.self)
        var value = schema.blank
        for field in schema.fields { try field.decodeJSON(&value, container, schema.decoding) }
        self = value
    }

    /// A nested model read leniently: nil when it is not an object of this shape.
    @inlinable public static func readLeniently(from decoder: any Decoder) -> Self? {
        try? Self(from: decoder)
    }

    /// The model of a parsed JSON object, read as ``init(from:)`` reads it (by the schema's own ``ModelSchema/decoding``,
    /// whatever `lenient` says); nil where ``init(from:)`` throws.
    @inlinable public static func read(json: JSONValue, lenient: Bool) -> Self? {
        Self(json: json)
    }

    /// The model of a parsed JSON object (``JSONParser``), read member by member as ``init(from:)`` reads it; nil
    /// where ``init(from:)`` throws: not an object, a required member missing, or (strictly) a value of another type.
    @inlinable public init?(json: JSONValue) {
        guard case .object(let members) = json else { return nil }
        let schema = Self.schema
        var value = schema.blank
        for field in schema.fields where !field.readJSON(&value, members, schema.decoding) { return nil }
        self = value
    }

    /// Writes a JSON object as ``encode(to:)`` encodes it: members in declaration order, absent ones left out.
    @inlinable public func writeJSON(to writer: inout JSONWriter) {
        writeObject(to: &writer, leading: nil)
    }

    /// Writes the JSON object with a string member `key` first, `value`, unless the model carries a member of that
    /// key of its own (a server's answer defaulting its `RequestId` to the call's).
    @inlinable public func writeJSON(to writer: inout JSONWriter, defaulting key: String, to value: String) {
        writeObject(to: &writer, leading: (key, value))
    }

    /// The object: the leading member, unless the model carries its key, then the model's members in order.
    @inlinable func writeObject(to writer: inout JSONWriter, leading: (key: String, value: String)?) {
        writer.beginObject()
        if let leading, !Self.schema.fields.contains(where: { $0.key == leading.key && $0.isPresent(self) }) {
            writer.key(leading.key)
            writer.string(leading.value)
        }
        for field in Self.schema.fields { field.writeJSON(self, &writer) }
        writer.endObject()
    }
}

extension RPCQueryEncodable where Self: SchemaModel {
    /// Writes every present member sent in the query or a form as RPC query items.
    @inlinable public func encode(to encoder: inout RPCQueryEncoder) throws {
        for field in Self.schema.fields { try field.encodeQuery(self, &encoder) }
    }
}

extension RPCQueryDecodable where Self: SchemaModel {
    /// Reads the members back from RPC query items, as a server receives them.
    @inlinable public init(from decoder: RPCQueryDecoder) throws(RPCQueryDecodingError) {
        let schema = Self.schema
        var value = schema.blank
        for field in schema.fields { try field.decodeQuery(&value, decoder) }
        self = value
    }
}
