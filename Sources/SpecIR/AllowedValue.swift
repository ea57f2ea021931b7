/// One documented value of an enumerated field.
public struct AllowedValue: Sendable, Equatable, Hashable, Codable {
    /// The value exactly as sent on the wire.
    public var value: String
    /// What the documentation says about it; empty when nothing.
    public var description: String

    /// Creates an allowed value.
    public init(value: String, description: String = "") {
        self.value = value
        self.description = description
    }
}
