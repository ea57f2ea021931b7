/// The answer of an operation whose body is bytes rather than a document, read whole: its status, headers and
/// body, as they came (``RawAnswerStream/collect(upTo:)`` of what generated methods of such operations return).
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
