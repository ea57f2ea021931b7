import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix

/// The default transport: AsyncHTTPClient on the shared event loops.
///
/// One `HTTPClient` per distinct ``Timeouts`` value, created on first use, at most
/// ``maximumClients``; beyond that, calls use the first client with their whole budget
/// (connect + read) as the request's deadline. Call ``shutdown()`` when done with a transport you
/// created (``shared`` lives as long as the process).
public final class AsyncHTTPClientTransport: HTTPTransport {
    /// A transport for the whole process.
    public static let shared = AsyncHTTPClientTransport()

    /// Bodies larger than this are refused.
    public static let maximumBodySize = 64 * 1024 * 1024

    /// The most clients (connection pools) one transport keeps.
    public static let maximumClients = 8

    private let clients = ClientCache()

    /// Creates a transport with its own connections.
    public init() {}

    /// Sends the request.
    public func send(_ request: HTTPRequest, timeouts: Timeouts) async throws -> HTTPResponse {
        let client = await clients.client(for: timeouts)
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        do {
            let response = try await client.execute(
                outgoing, timeout: Self.timeAmount(timeouts.connect + timeouts.read))
            let body = try await response.body.collect(upTo: Self.maximumBodySize)
            var headers: [String: String] = [:]
            for (name, value) in response.headers where headers[name.lowercased()] == nil {
                headers[name.lowercased()] = value
            }
            return HTTPResponse(
                status: Int(response.status.code), headers: headers, body: Array(body.readableBytesView))
        } catch {
            throw Self.translate(error, timeouts: timeouts)
        }
    }

    /// Closes every connection.
    public func shutdown() async throws {
        try await clients.shutdown()
    }

    /// Durations beyond a year are a year: "no timeout" in practice, and no overflow.
    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = min(max(duration, .zero), .seconds(365 * 24 * 3600)).components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    static func translate(_ error: any Error, timeouts: Timeouts) -> any Error {
        if error is CancellationError { return error }
        if let error = error as? HTTPClientError {
            switch error {
            case .cancelled: return CancellationError()
            case .connectTimeout: return TimeoutError(phase: .connect, limit: timeouts.connect)
            case .readTimeout, .deadlineExceeded: return TimeoutError(phase: .read, limit: timeouts.read)
            default: return TransportError(kind: .exchange, message: "\(error)")
            }
        }
        // Only failures that happen before the request can have left are connect failures, which are
        // safe to retry; a reset or a closed channel may come after the server acted.
        if error is NIOConnectionError {
            return TransportError(kind: .connect, message: "\(error)")
        }
        if let error = error as? IOError, [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(error.errnoCode) {
            return TransportError(kind: .connect, message: "\(error)")
        }
        return TransportError(kind: .exchange, message: "\(error)")
    }
}

/// The clients of one transport, by timeouts.
private actor ClientCache {
    private var clients: [Timeouts: HTTPClient] = [:]

    private var first: HTTPClient?

    func client(for timeouts: Timeouts) -> HTTPClient {
        if let client = clients[timeouts] { return client }
        if clients.count >= AsyncHTTPClientTransport.maximumClients, let first { return first }
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(
            connect: AsyncHTTPClientTransport.timeAmount(timeouts.connect),
            read: AsyncHTTPClientTransport.timeAmount(timeouts.read))
        configuration.decompression = .disabled
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        clients[timeouts] = client
        if first == nil { first = client }
        return client
    }

    func shutdown() async throws {
        let open = clients.values
        clients.removeAll()
        first = nil
        for client in open { try await client.shutdown() }
    }
}
