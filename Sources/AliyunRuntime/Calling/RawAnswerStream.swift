/// The answer of an operation whose body is bytes rather than a document (what a Function Compute function wrote,
/// a Log Service PullLogs's log groups): its status and headers once they have arrived, and its body as it arrives.
/// Generated methods of such operations return it; read ``body`` once, or ``collect(upTo:)`` it.
public struct RawAnswerStream: Sendable {
    /// The HTTP status.
    public var status: Int
    /// The headers, names in lower case (`x-fc-request-id`, `x-fc-error-type`, …).
    public var headers: [String: String]
    /// The body's chunks, as they arrive; iterate it once.
    public var body: AnyChunkSequence

    /// An answer whose body streams.
    public init(status: Int, headers: [String: String], body: AnyChunkSequence) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An answer whose body was read whole.
    public init(_ reply: RPCReply) {
        self.init(status: reply.status, headers: reply.headers, body: .bytes(reply.body))
    }

    /// The answer with its whole body, refused beyond `limit` bytes.
    ///
    /// - Throws: ``TransportError`` `.exchange` when the body is longer than `limit`, or what reading it throws.
    public func collect(upTo limit: Int = AsyncHTTPClientTransport.maximumBodySize) async throws -> RawAnswer {
        RawAnswer(status: status, headers: headers, body: try await body.collectBytes(upTo: limit))
    }
}
