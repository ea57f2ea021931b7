import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// The default transport: AsyncHTTPClient on the shared event loops.
///
/// One `HTTPClient` per distinct connect and read timeout (``PoolKey``: what a client is configured with; a call's
/// total is its own deadline), created on first use, at most ``maximumClients``; beyond that, calls use the first
/// client, bounded by their connect + read (or their total, if shorter) so that no read timeout is stretched. Call ``shutdown()`` when done with a transport you
/// created (``shared`` lives as long as the process).
public final class AsyncHTTPClientTransport: HTTPTransport, StreamingHTTPTransport {
    /// A transport for the whole process.
    public static let shared = AsyncHTTPClientTransport()

    /// Bodies larger than this are refused.
    public static let maximumBodySize = 64 * 1024 * 1024

    /// The most clients (connection pools) one transport keeps.
    public static let maximumClients = 32

    private let clients = ClientCache()

    /// Creates a transport with its own connections.
    public init() {}

    /// Sends the request.
    public func send(_ request: HTTPRequest, timeouts: Timeouts) async throws -> HTTPResponse {
        let (client, exact) = clients.client(for: timeouts)
        // A client made for other timeouts reads with its own read timeout: bound the attempt by this call's
        // connect + read as well, so that a short read timeout is never stretched.
        let deadline = exact ? timeouts.total : min(timeouts.total, timeouts.connect + timeouts.read)
        var prepared = Self.prepared(method: request.method, url: request.url, headers: request.headers)
        prepared.body = .bytes(ByteBuffer(bytes: request.body))
        let outgoing = prepared
        do {
            return try await Self.within(deadline, phase: exact ? .total : .read) {
                let response = try await client.execute(outgoing, timeout: Self.timeAmount(deadline))
                let head = try Self.head(of: response)
                let body = try await response.body.collect(upTo: Self.maximumBodySize)
                return HTTPResponse(status: head.status, headers: head.headers, body: Array(body.readableBytesView))
            }
        } catch {
            throw Self.translate(error, timeouts: timeouts)
        }
    }

    /// Sends a request whose body streams, and returns once the response's head has arrived: the connect timeout
    /// and the read timeout (no byte for that long, including while the body is read) apply; the total does not, as
    /// an object's transfer takes as long as its size needs.
    public func stream(_ request: StreamingHTTPRequest, timeouts: Timeouts) async throws -> StreamingHTTPResponse {
        let (client, _) = clients.client(for: timeouts)
        var prepared = Self.prepared(method: request.method, url: request.url, headers: request.headers)
        if let bytes = request.body.bytes {
            prepared.body = .bytes(bytes)
        } else if let make = request.body.makeChunks {
            prepared.body = .stream(make(), length: request.body.length.map { .known(Int64($0)) } ?? .unknown)
        }
        do {
            let response = try await client.execute(prepared, deadline: .distantFuture)
            let head = try Self.head(of: response)
            let body = response.body
            return StreamingHTTPResponse(
                status: head.status, headers: head.headers,
                body: AnyChunkSequence(
                    next: {
                        var iterator = body.makeAsyncIterator()
                        return {
                            do {
                                return try await iterator.next()
                            } catch {
                                throw Self.translate(error, timeouts: timeouts)
                            }
                        }
                    }))
        } catch {
            throw Self.translate(error, timeouts: timeouts)
        }
    }

    /// A request with its method and headers, its body still to set.
    static func prepared(method: String, url: String, headers: [(name: String, value: String)]) -> HTTPClientRequest {
        var prepared = HTTPClientRequest(url: url)
        prepared.method = HTTPMethod(rawValue: method)
        for header in headers { prepared.headers.add(name: header.name, value: header.value) }
        return prepared
    }

    /// A response's status and headers (names in lower case, the first of a repeated one); a redirect is refused.
    static func head(of response: HTTPClientResponse) throws -> (status: Int, headers: [String: String]) {
        if redirectStatuses.contains(Int(response.status.code)) { throw redirect(response) }
        var headers: [String: String] = [:]
        for (name, value) in response.headers where headers[name.lowercased()] == nil {
            headers[name.lowercased()] = value
        }
        return (Int(response.status.code), headers)
    }

    /// The work's result, or ``TimeoutError`` `.total` when it takes longer than `limit` (the work is
    /// cancelled). AsyncHTTPClient's own deadline ends with the response head; this one covers the body.
    ///
    /// The limit is a timer on an event loop that cancels the work, not a second task sleeping beside it: a
    /// sleeping task costs every call a timer of the concurrency runtime and a task more.
    static func within(
        _ limit: Duration, phase: TimeoutError.Phase = .total,
        _ work: @escaping @Sendable () async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let task = Task { try await work() }
        let expired = NIOLockedValueBox(false)
        let timer = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: timeAmount(limit)) {
            expired.withLockedValue { $0 = true }
            task.cancel()
        }
        defer { timer.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await task.value
            } onCancel: {
                task.cancel()
            }
        } catch {
            if expired.withLockedValue({ $0 }) { throw TimeoutError(phase: phase, limit: limit) }
            throw error
        }
    }

    /// The statuses that send a client elsewhere; 304 Not Modified (a conditional GET's answer) is not one of them.
    static let redirectStatuses: Set<Int> = [300, 301, 302, 303, 307, 308]

    /// A redirect, refused: the status and the `Location` host, never the query that may carry a token.
    static func redirect(_ response: HTTPClientResponse) -> TransportError {
        let location = response.headers.first(name: "location") ?? ""
        let host = URL(string: location)?.host ?? "the same host"
        return TransportError(
            kind: .redirect,
            message: "the server answered \(response.status.code) with a redirect to \(host); redirects are never "
                + "followed, so that credentials go to no other host")
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
        if error is CancellationError || error is TransportError || error is TimeoutError { return error }
        if let error = error as? HTTPClientError {
            switch error {
            case .cancelled: return CancellationError()
            // No connection was had in time — none opened, its TLS or proxy handshake unfinished, or none of
            // the pool's free — so nothing was sent.
            case .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout, .socksHandshakeTimeout,
                .httpProxyHandshakeTimeout:
                return TimeoutError(phase: .connect, limit: timeouts.connect)
            case .readTimeout: return TimeoutError(phase: .read, limit: timeouts.read)
            case .deadlineExceeded: return TimeoutError(phase: .total, limit: timeouts.total)
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

extension AsyncHTTPClientTransport {
    /// What one client (connection pool) is configured with: the connect and read timeouts. Calls that differ only
    /// in their total share a client, which keeps the clients few: beyond ``maximumClients`` a call would get a
    /// client of other timeouts, whose connect timeout (AsyncHTTPClient retries a refused connection until it ends)
    /// is not the call's.
    package struct PoolKey: Hashable, Sendable {
        /// The connect timeout.
        package var connect: Duration
        /// The read timeout.
        package var read: Duration

        /// The key of a call's timeouts.
        package init(_ timeouts: Timeouts) {
            connect = timeouts.connect
            read = timeouts.read
        }
    }
}

/// The clients of one transport, by connect and read timeouts; a lock, not an actor, so that finding a call's client
/// costs no hop to another executor.
private final class ClientCache: Sendable {
    private struct State {
        var clients: [AsyncHTTPClientTransport.PoolKey: HTTPClient] = [:]
        var first: HTTPClient?
    }

    private let state = NIOLockedValueBox(State())

    /// The client made for these timeouts (`exact`), or the first client when the cache is full.
    func client(for timeouts: Timeouts) -> (client: HTTPClient, exact: Bool) {
        let key = AsyncHTTPClientTransport.PoolKey(timeouts)
        return state.withLockedValue { state in
            if let client = state.clients[key] { return (client, true) }
            if state.clients.count >= AsyncHTTPClientTransport.maximumClients, let first = state.first {
                return (first, false)
            }
            var configuration = HTTPClient.Configuration()
            configuration.timeout = .init(
                connect: AsyncHTTPClientTransport.timeAmount(timeouts.connect),
                read: AsyncHTTPClientTransport.timeAmount(timeouts.read))
            configuration.decompression = .disabled
            // Never follow a redirect: AsyncHTTPClient would strip only Authorization on a cross-origin hop,
            // sending x-acs-security-token and the access key ID to the Location host (https→http included).
            configuration.redirectConfiguration = .disallow
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            state.clients[key] = client
            if state.first == nil { state.first = client }
            return (client, true)
        }
    }

    func shutdown() async throws {
        let open = state.withLockedValue { state in
            defer { state = State() }
            return Array(state.clients.values)
        }
        for client in open { try await client.shutdown() }
    }
}
