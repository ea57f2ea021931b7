import NIOCore

/// A transport whose bodies stream both ways, so that an object of any size crosses without being held in memory:
/// the request's body is produced as it is sent, the response's consumed as it arrives.
public protocol StreamingHTTPTransport: Sendable {
    /// Sends the request and returns once the response's head has arrived, whatever its status; the body follows
    /// in ``StreamingHTTPResponse/body``.
    ///
    /// - Throws: ``TimeoutError`` (connect, or no byte for the read timeout), ``TransportError``, or
    ///   `CancellationError`.
    func stream(_ request: StreamingHTTPRequest, timeouts: Timeouts) async throws -> StreamingHTTPResponse
}

/// A request whose body may stream.
public struct StreamingHTTPRequest: Sendable {
    /// `GET`, `PUT`, …
    public var method: String
    /// The full URL, query included.
    public var url: String
    /// Headers in order.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: RequestBodyStream

    /// Creates a request.
    public init(method: String, url: String, headers: [(name: String, value: String)], body: RequestBodyStream) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// A request body: bytes at hand, or a sequence of chunks made afresh for each attempt (nil when it can be sent
/// only once), with its length when known (else it is sent chunked).
public struct RequestBodyStream: Sendable {
    /// The length in bytes, when known.
    public var length: Int?
    let bytes: ByteBuffer?
    let makeChunks: (@Sendable () -> AnyChunkSequence)?

    /// No body.
    public static let empty = RequestBodyStream(length: 0, bytes: ByteBuffer(), makeChunks: nil)

    /// Bytes at hand.
    public static func bytes(_ bytes: ByteBuffer) -> RequestBodyStream {
        RequestBodyStream(length: bytes.readableBytes, bytes: bytes, makeChunks: nil)
    }

    /// Chunks produced as they are sent; `make` is called once per attempt.
    public static func chunks(length: Int?, _ make: @escaping @Sendable () -> AnyChunkSequence) -> RequestBodyStream {
        RequestBodyStream(length: length, bytes: nil, makeChunks: make)
    }
}

/// A type-erased `AsyncSequence` of `ByteBuffer` chunks.
public struct AnyChunkSequence: AsyncSequence, Sendable {
    /// A chunk of bytes.
    public typealias Element = ByteBuffer
    private let make: @Sendable () -> AsyncIterator

    /// Erases a sequence.
    public init<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks) where Chunks.Element == ByteBuffer {
        make = {
            var iterator = chunks.makeAsyncIterator()
            return AsyncIterator { try await iterator.next() }
        }
    }

    /// Bytes at hand, as one chunk (none when empty).
    public static func bytes(_ bytes: [UInt8]) -> AnyChunkSequence {
        AnyChunkSequence(ChunkList(chunks: bytes.isEmpty ? [] : [ByteBuffer(bytes: bytes)]))
    }

    /// A sequence whose iterator calls `next`.
    public init(next: @escaping @Sendable () -> (() async throws -> ByteBuffer?)) {
        make = { AsyncIterator(next: next()) }
    }

    /// Starts iterating.
    public func makeAsyncIterator() -> AsyncIterator { make() }

    /// Iterates by calling a closure.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let next: () async throws -> ByteBuffer?

        /// The next chunk, or nil at the end.
        public mutating func next() async throws -> ByteBuffer? { try await next() }
    }
}

/// A response whose body arrives as it is read.
public struct StreamingHTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Headers, names in lower case (the first value of a repeated header).
    public var headers: [String: String]
    /// The body's chunks; iterate it once.
    public var body: AnyChunkSequence

    /// Creates a response.
    public init(status: Int, headers: [String: String], body: AnyChunkSequence) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The whole body, refused beyond `limit` bytes.
    ///
    /// - Throws: ``TransportError`` `.exchange` when the body is larger than `limit`, or what reading it throws.
    public func collect(upTo limit: Int) async throws -> [UInt8] {
        try await body.collectBytes(upTo: limit)
    }
}

extension AsyncSequence where Element == ByteBuffer {
    /// Every chunk's bytes, refused beyond `limit` bytes.
    ///
    /// - Throws: ``TransportError`` `.exchange` when there are more than `limit` bytes, or what reading throws.
    public func collectBytes(upTo limit: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await chunk in self {
            guard bytes.count + chunk.readableBytes <= limit else {
                throw TransportError(kind: .exchange, message: "the response body is larger than \(limit) bytes")
            }
            bytes += chunk.readableBytesView
        }
        return bytes
    }
}
