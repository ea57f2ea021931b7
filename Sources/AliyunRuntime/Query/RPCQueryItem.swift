/// One `name=value` pair of an RPC request's query string, unencoded.
public struct RPCQueryItem: Sendable, Hashable, CustomStringConvertible {
    /// The flattened wire name, e.g. `Features.NvmeSupport` or `Tag.1.Key`.
    public var name: String
    /// The value as text.
    public var value: String

    /// Creates an item.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// `name=value`.
    public var description: String { "\(name)=\(value)" }
}
