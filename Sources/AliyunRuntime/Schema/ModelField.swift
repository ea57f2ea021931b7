/// One member of a ``SchemaModel``: its wire name, where it sits in the value (a key path) and how it is
/// written to and read from JSON and RPC query items. Generated tables build these with the static functions
/// below, one per query coding, each in an optional and a `required…` form.
///
/// A class: a table's row is then one reference, which keeps the code that builds a table small.
public final class ModelField<Root: SchemaModel>: Sendable {
    /// How a member is written as query items and read back from them; nil for a member a ROA request sends
    /// in its path, headers or body.
    @usableFromInline typealias QueryWrite<Value> = @Sendable (Value?, String, inout RPCQueryEncoder) throws -> Void
    @usableFromInline typealias QueryRead<Value> =
        @Sendable (RPCQueryDecoder, String) throws(RPCQueryDecodingError) -> Value?

    /// The wire name.
    public let name: String
    /// The JSON object key: the wire name, unless the table gives another.
    public let key: String
    @usableFromInline let isEqual: @Sendable (Root, Root) -> Bool
    @usableFromInline let hash: @Sendable (Root, inout Hasher) -> Void
    @usableFromInline let encodeJSON: @Sendable (Root, inout KeyedEncodingContainer<SchemaCodingKey>) throws -> Void
    @usableFromInline let decodeJSON:
        @Sendable (inout Root, KeyedDecodingContainer<SchemaCodingKey>, ModelSchema<Root>.Decoding) throws -> Void
    @usableFromInline let isPresent: @Sendable (Root) -> Bool
    @usableFromInline let writeJSON: @Sendable (Root, inout JSONWriter) -> Void
    /// Reads the member from an object's members into the value; false when the model cannot be made.
    @usableFromInline let readJSON: @Sendable (inout Root, [String: JSONValue], ModelSchema<Root>.Decoding) -> Bool
    @usableFromInline let encodeQuery: @Sendable (Root, inout RPCQueryEncoder) throws -> Void
    @usableFromInline let decodeQuery: @Sendable (inout Root, RPCQueryDecoder) throws(RPCQueryDecodingError) -> Void

    @inlinable init<Value: SchemaFieldValue>(
        _ name: String, jsonKey: String?, required: Bool,
        get: @escaping @Sendable (Root) -> Value?, set: @escaping @Sendable (inout Root, Value) -> Void,
        write: QueryWrite<Value>?, read: QueryRead<Value>?
    ) {
        self.name = name
        let jsonKey = jsonKey ?? name
        self.key = jsonKey
        let key = SchemaCodingKey(jsonKey)
        isPresent = { get($0) != nil }
        writeJSON = { root, writer in
            guard let value = get(root) else { return }
            writer.key(jsonKey)
            value.writeJSON(to: &writer)
        }
        readJSON = { root, members, decoding in
            // As `init(from:)` below reads a member: leniently, absent, `null` and unreadable are alike nil;
            // strictly, absent and `null` are nil and a value must be of the member's type.
            let member = members[jsonKey]
            guard let member, member != .null || (decoding == .strict && required) else { return !required }
            guard let value = Value.read(json: member, lenient: decoding == .lenient) else {
                return decoding == .lenient && !required
            }
            set(&root, value)
            return true
        }
        isEqual = { get($0) == get($1) }
        hash = { root, hasher in hasher.combine(get(root)) }
        encodeJSON = { root, container in
            // An absent member is left out, required or not (a required one is never absent).
            if let value = get(root) { try ModelField.encodeMember(value, to: &container, forKey: key) }
        }
        decodeJSON = { root, container, decoding in
            switch decoding {
            case .strict where required:
                set(&root, try container.decode(Value.self, forKey: key))
            case .strict:
                if let value = try container.decodeIfPresent(Value.self, forKey: key) { set(&root, value) }
            case .lenient:
                if let value = container.decodeField(Value.self, forKey: key) {
                    set(&root, value)
                } else if required {
                    throw DecodingError.keyNotFound(
                        key, DecodingError.Context(codingPath: container.codingPath, debugDescription: "missing"))
                }
            }
        }
        encodeQuery = { root, encoder in try write?(get(root), name, &encoder) }
        decodeQuery = { root, decoder throws(RPCQueryDecodingError) in
            // A required member outside the query (a ROA path, header or body member) cannot be read from
            // query items: it is missing there, rather than left as the schema's placeholder.
            guard let read else {
                if required { throw decoder.missing(name) }
                return
            }
            if let value = try read(decoder, name) {
                set(&root, value)
            } else if required {
                throw decoder.missing(name)
            }
        }
    }

    @inlinable static func optional<Value: SchemaFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value?> & Sendable, jsonKey: String?,
        write: QueryWrite<Value>?, read: QueryRead<Value>?
    ) -> ModelField {
        ModelField(
            name, jsonKey: jsonKey, required: false, get: { $0[keyPath: path] },
            set: { $0[keyPath: path] = $1 }, write: write, read: read)
    }

    @inlinable static func required<Value: SchemaFieldValue>(
        _ name: String, _ path: WritableKeyPath<Root, Value> & Sendable, jsonKey: String?,
        write: QueryWrite<Value>?, read: QueryRead<Value>?
    ) -> ModelField {
        ModelField(
            name, jsonKey: jsonKey, required: true, get: { $0[keyPath: path] },
            set: { $0[keyPath: path] = $1 }, write: write, read: read)
    }

    /// Writes one member, scalars through the container's own overloads (`encode(_: String, forKey:)`, …),
    /// which encoders implement without the generic path a `some Encodable` takes. In a release build each
    /// row's closure is specialized for its member's type, so the casts below fold to the one that applies.
    @inlinable static func encodeMember<Value: Encodable>(
        _ value: Value, to container: inout KeyedEncodingContainer<SchemaCodingKey>, forKey key: SchemaCodingKey
    ) throws {
        switch value {
        case let text as String: try container.encode(text, forKey: key)
        case let number as Int: try container.encode(number, forKey: key)
        case let number as Int64: try container.encode(number, forKey: key)
        case let number as Double: try container.encode(number, forKey: key)
        case let flag as Bool: try container.encode(flag, forKey: key)
        case let choice as any OpenEnum: try container.encode(choice.rawValue, forKey: key)
        default: try container.encode(value, forKey: key)
        }
    }
}
