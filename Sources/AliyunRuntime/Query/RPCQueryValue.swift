/// A scalar that travels as one query value.
public protocol RPCQueryValue: Sendable {
    /// The value as the server reads it.
    var rpcQueryValue: String { get }
    /// Reads the value; nil when the text is not a value of this type.
    init?(rpcQueryValue: String)
}

extension String: RPCQueryValue {
    /// The string itself.
    public var rpcQueryValue: String { self }
    /// Any text is a string.
    public init?(rpcQueryValue: String) { self = rpcQueryValue }
}

extension Bool: RPCQueryValue {
    /// `true` or `false`.
    public var rpcQueryValue: String { self ? "true" : "false" }
    /// `true` or `false`, in any case.
    public init?(rpcQueryValue: String) {
        switch rpcQueryValue.lowercased() {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

extension Int: RPCQueryValue {
    /// Decimal digits.
    public var rpcQueryValue: String { String(self) }
    /// Decimal digits.
    public init?(rpcQueryValue: String) { self.init(rpcQueryValue) }
}

extension Int32: RPCQueryValue {
    /// Decimal digits.
    public var rpcQueryValue: String { String(self) }
    /// Decimal digits.
    public init?(rpcQueryValue: String) { self.init(rpcQueryValue) }
}

extension Int64: RPCQueryValue {
    /// Decimal digits.
    public var rpcQueryValue: String { String(self) }
    /// Decimal digits.
    public init?(rpcQueryValue: String) { self.init(rpcQueryValue) }
}

extension Float: RPCQueryValue {
    /// The shortest decimal that reads back as the same value.
    public var rpcQueryValue: String { description }
    /// A decimal number.
    public init?(rpcQueryValue: String) { self.init(rpcQueryValue) }
}

extension Double: RPCQueryValue {
    /// The shortest decimal that reads back as the same value.
    public var rpcQueryValue: String { description }
    /// A decimal number.
    public init?(rpcQueryValue: String) { self.init(rpcQueryValue) }
}
