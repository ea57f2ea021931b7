/// The table a ``SchemaModel`` is coded by: its members in declaration order and a starting value.
///
/// A class, so that a generated type's `static let schema` holds one reference: a struct holding `blank`
/// would make every type's initialiser copy a value of that type.
public final class ModelSchema<Root: SchemaModel>: Sendable {
    /// How a JSON object is read.
    public enum Decoding: Sendable {
        /// As synthesized `Decodable` reads it: a required member missing or a value of another type is an
        /// error (requests, which a server reads).
        case strict
        /// As an answer should be read: a value in another JSON type than documented is converted (a number
        /// given as a string), and a member that cannot be read is nil without losing the rest (answers and
        /// the types they share).
        case lenient
    }

    /// The value decoding starts from: every required member a placeholder, every optional one nil. Each
    /// required member is then read or decoding fails, so a placeholder never reaches a caller.
    public let blank: Root
    /// How JSON is read.
    public let decoding: Decoding
    /// The members, in declaration order.
    public let fields: [ModelField<Root>]

    /// Describes a model.
    public init(_ decoding: Decoding, blank: Root, fields: [ModelField<Root>]) {
        self.blank = blank
        self.decoding = decoding
        self.fields = fields
    }
}

/// A JSON object key: a member's wire name.
public struct SchemaCodingKey: CodingKey, Sendable {
    /// The wire name.
    public var stringValue: String

    /// A key for a wire name.
    public init(_ name: String) { stringValue = name }

    /// A key for a wire name.
    public init?(stringValue: String) { self.stringValue = stringValue }

    /// Objects are not arrays: no integer keys.
    public var intValue: Int? { nil }

    /// Objects are not arrays: no integer keys.
    public init?(intValue: Int) { nil }
}
