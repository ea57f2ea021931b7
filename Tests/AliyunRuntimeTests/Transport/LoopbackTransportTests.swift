import AliyunRuntime
import Foundation
import LoopbackServer
import Testing

/// The client over real HTTP on 127.0.0.1: signing survives the wire, timeouts and cancellation work.
@Suite("Real HTTP over loopback")
struct LoopbackTransportTests {
    static let call = RPCCall(
        product: "Ecs", version: "2014-05-26", action: "DescribeRegions",
        parameters: [
            RPCQueryItem(name: "RegionId", value: "cn-hangzhou"), RPCQueryItem(name: "Name", value: "a b+*~/中"),
        ], isIdempotent: true)

    func client(_ server: LoopbackServer, timeouts: Timeouts = Timeouts(), retry: RetryPolicy = .disabled) -> RPCClient
    {
        RPCClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(server.url),
                credentials: StaticCredentialsProvider(Credentials(accessKeyId: "id", accessKeySecret: "secret")),
                timeouts: timeouts, retry: retry, sleeper: TaskSleeper()),
            transport: AsyncHTTPClientTransport.shared)
    }

    @Test("the server receives the parameters and a signature it can verify")
    func roundTrip() async throws {
        let server = try await LoopbackServer { _ in
            .respond(
                status: 200, headers: ["content-type": "application/json"], body: #"{"RequestId":"R1"}"#, delay: .zero)
        }
        defer { Task { try? await server.stop() } }
        let reply = try await client(server).call(Self.call)
        #expect(reply.status == 200)
        #expect(String(decoding: reply.body, as: UTF8.self) == #"{"RequestId":"R1"}"#)
        let request = try #require(await server.requests().first)
        #expect(request.method == "POST")
        #expect(request.uri.hasPrefix("/?"))
        #expect(request.query.map(\.name) == ["Name", "RegionId"])
        #expect(request.query.first?.value == "a b+*~/中")
        #expect(request.headers["host"] == "127.0.0.1:\(server.port)")
        #expect(request.headers["x-acs-action"] == "DescribeRegions")
        // Recompute the signature from what arrived, as the service does.
        let date = try #require(request.headers["x-acs-date"].flatMap { try? Date($0, strategy: .iso8601) })
        let expected = V3Signer.sign(
            SigningInput(
                host: try #require(request.headers["host"]), action: "DescribeRegions", version: "2014-05-26",
                parameters: request.query.map { RPCQueryItem(name: $0.name, value: $0.value) }, date: date,
                nonce: try #require(request.headers["x-acs-signature-nonce"]),
                userAgent: try #require(request.headers["user-agent"]),
                credentials: Credentials(accessKeyId: "id", accessKeySecret: "secret")))
        #expect(request.headers["authorization"] == expected.header("Authorization"))
    }

    @Test("a server that answers too slowly hits the read timeout", .timeLimit(.minutes(1)))
    func readTimeout() async throws {
        let server = try await LoopbackServer { _ in
            .respond(status: 200, headers: [:], body: "{}", delay: .seconds(90))
        }
        defer { Task { try? await server.stop() } }
        await #expect(throws: TimeoutError(phase: .read, limit: .milliseconds(300))) {
            try await client(server, timeouts: Timeouts(connect: .seconds(2), read: .milliseconds(300))).call(Self.call)
        }
    }

    @Test("a per-call timeout overrides the client's", .timeLimit(.minutes(1)))
    func perCall() async throws {
        let server = try await LoopbackServer { _ in
            .respond(status: 200, headers: [:], body: "{}", delay: .seconds(90))
        }
        defer { Task { try? await server.stop() } }
        var call = Self.call
        call.options = CallOptions(timeouts: Timeouts(connect: .seconds(2), read: .milliseconds(200)))
        await #expect(throws: TimeoutError.self) { try await client(server).call(call) }
    }

    @Test("cancelling the task stops a call the server never answers", .timeLimit(.minutes(1)))
    func cancellation() async throws {
        let server = try await LoopbackServer { _ in .hang }
        defer { Task { try? await server.stop() } }
        let client = client(server, timeouts: Timeouts(connect: .seconds(5), read: .seconds(600)))
        let task = Task { try await client.call(Self.call) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test("a refused connection is a connect failure, retried, then reported")
    func refused() async throws {
        let refusing = try RefusingPort()
        let url = refusing.url
        let client = RPCClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(url),
                credentials: StaticCredentialsProvider(Credentials(accessKeyId: "id", accessKeySecret: "secret")),
                timeouts: Timeouts(connect: .milliseconds(300), read: .seconds(1)),
                retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(10))),
            transport: AsyncHTTPClientTransport.shared)
        await #expect(throws: TransportError.self) { try await client.call(Self.call) }
        withExtendedLifetime(refusing) {}
    }

    @Test("a 503 then a 200 over the wire: retried once")
    func retryOverTheWire() async throws {
        let counter = Counter()
        let server = try await LoopbackServer { _ in
            counter.next() == 1
                ? .respond(
                    status: 503, headers: [:], body: #"{"Code":"ServiceUnavailable","Message":"busy"}"#, delay: .zero)
                : .respond(status: 200, headers: [:], body: "{}", delay: .zero)
        }
        defer { Task { try? await server.stop() } }
        let reply = try await client(server, retry: RetryPolicy(baseDelay: .milliseconds(10))).call(Self.call)
        #expect(reply.status == 200)
        #expect(await server.requests().count == 2)
    }
}
