import AsyncHTTPClient
import Foundation
import LoopbackServer
import NIOCore
import NIOPosix
import Testing

@testable import AliyunRuntime

/// Failures before the request left — a refused connection, an unreachable host or network, a name that
/// does not resolve, no connection to be had in time — are "never sent": every call may be retried after
/// one, and none is reported as an exchange that broke after sending.
@Suite("Connect failures are never-sent failures")
struct ConnectFailureTests {
    static let timeouts = Timeouts(connect: .milliseconds(300), read: .seconds(30), total: .seconds(30))

    @Test(
        "connect-phase failures are retryable for a call that is not safe to repeat; failures once sent are not",
        arguments: [
            (IOError(errnoCode: EHOSTUNREACH, reason: "connection reset (error set)") as any Error, true),
            (IOError(errnoCode: ENETUNREACH, reason: "connect(descriptor:addr:size:)"), true),
            (IOError(errnoCode: ECONNREFUSED, reason: "connection reset (error set)"), true),
            (HTTPClientError.connectTimeout, true), (HTTPClientError.getConnectionFromPoolTimeout, true),
            (HTTPClientError.tlsHandshakeTimeout, true), (HTTPClientError.socksHandshakeTimeout, true),
            (HTTPClientError.httpProxyHandshakeTimeout, true),
            (IOError(errnoCode: ECONNRESET, reason: "read(descriptor:pointer:size:)"), false),
            (HTTPClientError.remoteConnectionClosed, false), (HTTPClientError.readTimeout, false),
            (HTTPClientError.writeTimeout, false),
        ])
    func classification(error: any Error, neverSent: Bool) {
        let translated = AsyncHTTPClientTransport.translate(error, timeouts: Self.timeouts)
        #expect(RetryPolicy.isRetryable(translated, idempotent: false) == neverSent, "\(translated)")
        #expect(RetryPolicy.isRetryable(translated, idempotent: true), "\(translated)")
    }

    @Test("a refused connection on loopback: a call not safe to repeat is tried again, and fails as a connect failure")
    func refused() async throws {
        let refusing = try RefusingPort()
        let transport = AsyncHTTPClientTransport()
        let attempts = Lines()
        let client = RPCClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(refusing.url),
                credentials: StaticCredentialsProvider(Credentials(accessKeyId: "id", accessKeySecret: "s")),
                timeouts: Self.timeouts, sleeper: RecordingSleeper(), log: { attempts.append($0) }),
            transport: transport)
        let create = RPCCall(product: "Ecs", version: "2014-05-26", action: "RunInstances", parameters: [])
        let error = await #expect(throws: TransportError.self) { _ = try await client.call(create) }
        #expect(error?.kind == .connect, "\(String(describing: error))")
        #expect(attempts.all.count == 3, "\(attempts.all)")
        try await transport.shutdown()
        withExtendedLifetime(refusing) {}
    }

    @Test("a request that waits for a pooled connection past the connect timeout was never sent")
    func poolTimeout() async throws {
        let server = try await LoopbackServer { _ in .hang }
        let transport = AsyncHTTPClientTransport()
        let request = HTTPRequest(method: "POST", url: server.url + "/", headers: [], body: [])
        // AsyncHTTPClient opens 8 connections to a host: the ninth request waits for one, in vain.
        let first = await withTaskGroup(of: (any Error)?.self) { group in
            for _ in 0..<9 {
                group.addTask {
                    do {
                        _ = try await transport.send(request, timeouts: Self.timeouts)
                        return nil
                    } catch { return error }
                }
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        #expect(await server.requests().count <= 8)
        let error = try #require(first)
        #expect(RetryPolicy.isRetryable(error, idempotent: false), "\(error)")
        try await server.stop()
        try await transport.shutdown()
    }
}

/// Lines logged from any task.
final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var all: [String] { lock.withLock { lines } }

    func append(_ line: String) { lock.withLock { lines.append(line) } }
}
