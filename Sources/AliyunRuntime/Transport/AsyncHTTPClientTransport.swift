import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix

/// The default transport: AsyncHTTPClient on the shared event loops.
///
/// One `HTTPClient` per distinct ``Timeouts`` value, created on first use; call ``shutdown()``
/// when done with a transport you created (``shared`` lives as long as the process).
public final class AsyncHTTPClientTransport: HTTPTransport {
    /// A transport for the whole process.
    public static let shared = AsyncHTTPClientTransport()

    /// Bodies larger than this are refused.
    public static let maximumBodySize = 64 * 1024 * 1024

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

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
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
        if error is IOError || error is NIOConnectionError || error is ChannelError {
            return TransportError(kind: .connect, message: "\(error)")
        }
        return TransportError(kind: .exchange, message: "\(error)")
    }
}

/// The clients of one transport, by timeouts.
private actor ClientCache {
    private var clients: [Timeouts: HTTPClient] = [:]

    func client(for timeouts: Timeouts) -> HTTPClient {
        if let client = clients[timeouts] { return client }
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(
            connect: AsyncHTTPClientTransport.timeAmount(timeouts.connect),
            read: AsyncHTTPClientTransport.timeAmount(timeouts.read))
        configuration.decompression = .disabled
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        clients[timeouts] = client
        return client
    }

    func shutdown() async throws {
        let open = clients.values
        clients.removeAll()
        for client in open { try await client.shutdown() }
    }
}
