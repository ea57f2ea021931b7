import AliyunRuntime
import Foundation
import LoopbackServer
import Testing

@Suite("Timeouts as documented, and redirects never followed")
struct TimeoutAndRedirectTests {
    static let call = RPCCall(product: "Ecs", version: "2014-05-26", action: "DescribeRegions", parameters: [])
    static let credentials = Credentials(accessKeyId: "LTAI-id", accessKeySecret: "secret", securityToken: "sts-token")

    func client(_ url: String, timeouts: Timeouts) -> RPCClient {
        RPCClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(url), credentials: StaticCredentialsProvider(Self.credentials),
                timeouts: timeouts, retry: .disabled),
            transport: AsyncHTTPClientTransport.shared)
    }

    @Test(
        "the read timeout is between reads: a steady answer longer than connect + read arrives", .timeLimit(.minutes(1))
    )
    func readIsBetweenReads() async throws {
        let server = try await LoopbackServer { _ in
            .trickle(status: 200, headers: [:], chunks: ["{", "\"A\"", ":", "1", "}"], interval: .milliseconds(300))
        }
        defer { Task { try? await server.stop() } }
        // 1.5 s of answer against 1.2 s of connect + read: longer than both together, while no pause (0.3 s) comes
        // near the read timeout (1 s), so a loaded machine's scheduling delays cannot make it fail.
        let reply = try await client(
            server.url, timeouts: Timeouts(connect: .milliseconds(200), read: .seconds(1))
        ).call(Self.call)
        #expect(String(decoding: reply.body, as: UTF8.self) == #"{"A":1}"#)
    }

    @Test(
        "the total deadline bounds an answer that never pauses long enough for the read timeout",
        .timeLimit(.minutes(1)))
    func totalDeadline() async throws {
        let server = try await LoopbackServer { _ in
            .trickle(status: 200, headers: [:], chunks: Array(repeating: " ", count: 20), interval: .milliseconds(100))
        }
        defer { Task { try? await server.stop() } }
        // Connect and read allow 10 s, 20 times the total: only the total can expire first, however long a loaded
        // machine holds the server's next chunk (CI once saw the 1 s read timeout win over a 0.5 s total).
        let timeouts = Timeouts(connect: .seconds(10), read: .seconds(10), total: .milliseconds(500))
        await #expect(throws: TimeoutError(phase: .total, limit: .milliseconds(500))) {
            try await client(server.url, timeouts: timeouts).call(Self.call)
        }
    }

    @Test("a redirect is an error; nothing, token included, reaches the Location host")
    func redirectRefused() async throws {
        let elsewhere = try await LoopbackServer { _ in .respond(status: 200, headers: [:], body: "{}", delay: .zero) }
        let redirecting = try await LoopbackServer { _ in
            .respond(status: 302, headers: ["location": elsewhere.url + "/steal"], body: "", delay: .zero)
        }
        defer {
            Task {
                try? await elsewhere.stop()
                try? await redirecting.stop()
            }
        }
        let error = await #expect(throws: TransportError.self) {
            try await client(redirecting.url, timeouts: Timeouts()).call(Self.call)
        }
        #expect(error?.kind == .redirect)
        #expect(error?.message.contains("302") == true)
        #expect(error?.message.contains("sts-token") == false)
        #expect(await elsewhere.requests().isEmpty)
        #expect(await redirecting.requests().count == 1, "not retried")
    }

    @Test("304 Not Modified is an answer, not a redirect")
    func notModified() async throws {
        let server = try await LoopbackServer { _ in
            .respond(status: 304, headers: ["etag": "\"abc\""], body: "", delay: .zero)
        }
        let response = try await AsyncHTTPClientTransport.shared.send(
            HTTPRequest(method: "GET", url: server.url, headers: [("If-None-Match", "\"abc\"")], body: []),
            timeouts: Timeouts())
        #expect(response.status == 304)
        #expect(response.headers["etag"] == "\"abc\"")
        try await server.stop()
    }

    @Test("with every pooled client taken, a short read timeout still holds (the attempt is bounded by it)")
    func fullClientCache() async throws {
        let server = try await LoopbackServer { _ in
            .respond(status: 200, headers: [:], body: "{}", delay: .seconds(30))
        }
        let fast = try await LoopbackServer { _ in .respond(status: 200, headers: [:], body: "{}", delay: .zero) }
        let transport = AsyncHTTPClientTransport()
        for index in 0..<AsyncHTTPClientTransport.maximumClients {
            let timeouts = Timeouts(connect: .seconds(5), read: .seconds(Int64(100 + index)))
            _ = try await transport.send(
                HTTPRequest(method: "GET", url: fast.url, headers: [], body: []), timeouts: timeouts)
        }
        let short = Timeouts(connect: .milliseconds(100), read: .milliseconds(300))
        await #expect(throws: TimeoutError.self) {
            _ = try await transport.send(
                HTTPRequest(method: "GET", url: server.url, headers: [], body: []), timeouts: short)
        }
        try await transport.shutdown()
        try await fast.stop()
        try await server.stop()
    }
}
