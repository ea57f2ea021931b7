/// The answer of an operation whose body is bytes rather than a document (Function Compute's InvokeFunction
/// returns what the function wrote): its status, headers and body, as they came. Generated methods of such
/// operations return it instead of decoding the body.
public struct RawAnswer: Sendable, Hashable, Codable {
    /// The HTTP status.
    public var status: Int
    /// The headers, names in lower case (`x-fc-request-id`, `x-fc-log-result`, …).
    public var headers: [String: String]
    /// The body's bytes.
    public var body: [UInt8]

    /// An answer.
    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
