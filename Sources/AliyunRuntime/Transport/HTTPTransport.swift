/// A request on the wire.
public struct HTTPRequest: Sendable {
    /// `POST`.
    public var method: String
    /// The full URL, query included.
    public var url: String
    /// Headers in order.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, url: String, headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// A response on the wire.
public struct HTTPResponse: Sendable, Equatable {
    /// The status code.
    public var status: Int
    /// Headers, names in lower case.
    public var headers: [String: String]
    /// The body.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// How long to wait.
public struct Timeouts: Sendable, Hashable {
    /// To open the connection.
    public var connect: Duration
    /// Between reads of the answer: how long the connection may stay silent once the request is sent.
    public var read: Duration
    /// For the whole exchange of one attempt, connecting included, however steadily the answer arrives.
    public var total: Duration

    /// Defaults: 5 s to connect, 10 s between reads, 60 s in all.
    public init(connect: Duration = .seconds(5), read: Duration = .seconds(10), total: Duration = .seconds(60)) {
        self.connect = connect
        self.read = read
        self.total = total
    }
}

/// Sends HTTP requests. ``AsyncHTTPClientTransport`` is the default; tests may use their own.
public protocol HTTPTransport: Sendable {
    /// Sends the request and returns the response, whatever its status.
    ///
    /// - Throws: ``TimeoutError``, ``TransportError``, or `CancellationError` when the task is cancelled.
    func send(_ request: HTTPRequest, timeouts: Timeouts) async throws -> HTTPResponse
}

/// A timeout expired; the call may or may not have reached the server when `phase` is `read`.
public struct TimeoutError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which wait expired.
    public enum Phase: String, Sendable, Equatable {
        /// Getting a connection — opening it, its TLS or proxy handshake, or waiting for one of the pool's:
        /// nothing was sent.
        case connect
        /// Waiting for the next bytes of the answer.
        case read
        /// The attempt's whole deadline.
        case total
    }

    /// Which wait expired.
    public var phase: Phase
    /// How long it was.
    public var limit: Duration

    /// Creates the error.
    public init(phase: Phase, limit: Duration) {
        self.phase = phase
        self.limit = limit
    }

    /// A sentence.
    public var description: String { "the \(phase.rawValue) timeout of \(limit) expired" }
}

/// The request could not be sent or its answer not received.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// When it failed.
    public enum Kind: String, Sendable, Equatable {
        /// Before anything was sent: name resolution, refused connection, TLS.
        case connect
        /// After sending: the connection broke.
        case exchange
        /// The server answered with a redirect, which is never followed: the signed headers and the
        /// security token would go to the `Location` host.
        case redirect
    }

    /// When it failed.
    public var kind: Kind
    /// What happened.
    public var message: String

    /// Creates the error.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// A sentence.
    public var description: String { "transport failure (\(kind.rawValue)): \(message)" }
}
