/// A string enumeration that stays open: the documented values as cases plus one case that carries
/// any other value, so values the documentation does not list yet can still be sent and received.
///
/// Generated enums implement `init(rawValue:)` and `rawValue`; coding comes from here.
public protocol OpenEnum: RawRepresentable, Sendable, Hashable, Codable, RPCQueryValue, SchemaFieldValue,
    ValidationSubject, CustomStringConvertible, LenientlyDecodable
where RawValue == String {
    /// The case for a value, or the undocumented case carrying it.
    init(rawValue: String)
    /// The documented values, in the documentation's order.
    static var documentedCases: [Self] { get }
}

extension OpenEnum {
    /// Decodes from a JSON string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The case of a JSON string (leniently also of a number or boolean written out).
    public static func read(json: JSONValue, lenient: Bool) -> Self? {
        String.read(json: json, lenient: lenient).map(Self.init(rawValue:))
    }

    /// The raw value as a JSON string.
    public func writeJSON(to writer: inout JSONWriter) { writer.string(rawValue) }

    /// The raw value.
    public var rpcQueryValue: String { rawValue }

    /// Any text is a value of an open enum.
    public init?(rpcQueryValue: String) { self.init(rawValue: rpcQueryValue) }

    /// The raw value.
    public var description: String { rawValue }

    /// The hash of ``hash(into:)``, written once here rather than synthesized for every type.
    public var hashValue: Int { Hashing.value(of: self) }

    /// Whether the value is one the documentation lists.
    public var isDocumented: Bool { Self.documentedCases.contains(self) }
}
