/// One operation of a generated module: its action and its request and response types, so that
/// servers, emulators and tests can handle every operation without naming each.
public struct OperationDescriptor: Sendable {
    /// The action name sent on the wire, e.g. `DescribeImages`.
    public var action: String
    /// The request type: query coding and validation.
    public var request: any (RPCQueryCodable & ValidatableValue & Codable & Sendable).Type
    /// The response type: read leniently from JSON, written back as JSON.
    public var response: any (Codable & Sendable).Type

    /// Creates a descriptor.
    public init(
        action: String, request: any (RPCQueryCodable & ValidatableValue & Codable & Sendable).Type,
        response: any (Codable & Sendable).Type
    ) {
        self.action = action
        self.request = request
        self.response = response
    }
}
