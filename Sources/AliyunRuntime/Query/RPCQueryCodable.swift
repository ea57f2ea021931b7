/// A structured value that writes itself as flattened query items.
public protocol RPCQueryEncodable: Sendable {
    /// Writes every present member; the encoder adds the prefix of where the value sits.
    func encode(to encoder: inout RPCQueryEncoder) throws
}

/// A structured value that reads itself from flattened query items.
public protocol RPCQueryDecodable: Sendable {
    /// Reads the members; the decoder strips the prefix of where the value sits.
    init(from decoder: RPCQueryDecoder) throws(RPCQueryDecodingError)
}

/// Both directions.
public typealias RPCQueryCodable = RPCQueryDecodable & RPCQueryEncodable

/// Query items that do not make the expected request.
public struct RPCQueryDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Equatable {
        /// A required parameter is absent.
        case missing
        /// The value is not of the parameter's type.
        case invalidValue(String)
        /// A `json`-style parameter does not hold the expected JSON.
        case invalidJSON(String)
    }

    /// The full wire name.
    public var name: String
    /// What is wrong.
    public var reason: Reason

    /// Creates the error.
    public init(name: String, reason: Reason) {
        self.name = name
        self.reason = reason
    }

    /// A sentence naming the parameter.
    public var description: String {
        switch reason {
        case .missing: "\(name) is missing"
        case .invalidValue(let value): "\(name) has an invalid value \"\(value)\""
        case .invalidJSON(let detail): "\(name) is not the expected JSON: \(detail)"
        }
    }
}
