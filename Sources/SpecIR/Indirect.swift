/// A value stored out of line, so that a struct can hold a value of its own type.
///
/// Encodes and decodes exactly as the wrapped value.
public struct Indirect<Wrapped: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    private var storage: [Wrapped]

    /// Wraps a value.
    public init(_ value: Wrapped) {
        storage = [value]
    }

    /// The wrapped value.
    public var value: Wrapped {
        get { storage[0] }
        set { storage[0] = newValue }
    }

    /// Decodes the wrapped value directly.
    public init(from decoder: any Decoder) throws {
        storage = [try Wrapped(from: decoder)]
    }

    /// Encodes the wrapped value directly.
    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
