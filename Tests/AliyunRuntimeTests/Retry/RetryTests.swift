import AliyunRuntime
import Foundation
import Testing

@Suite("Retries")
struct RetryTests {
    /// A read: safe to repeat.
    static let call = RPCCall(
        product: "Ecs", version: "2014-05-26", action: "DescribeRegions",
        parameters: [RPCQueryItem(name: "A", value: "1")], isIdempotent: true)
    /// A create without a token: not safe to repeat once sent.
    static let create = RPCCall(
        product: "Ecs", version: "2014-05-26", action: "RunInstances", parameters: [RPCQueryItem(name: "A", value: "1")]
    )

    func client(
        _ transport: ScriptedTransport, sleeper: RecordingSleeper, retry: RetryPolicy = RetryPolicy(),
        budget: RetryBudget = RetryBudget()
    ) -> RPCClient {
        let clock = TestClock()
        return RPCClient(
            configuration: RPCClientConfiguration(
                region: "cn-hangzhou",
                credentials: StaticCredentialsProvider(Credentials(accessKeyId: "id", accessKeySecret: "s")),
                retry: retry, retryBudget: budget, now: clock.now, nonce: clock.nonce, jitter: { 0.5 }, sleeper: sleeper
            ),
            regionalEndpoints: ["cn-hangzhou": "ecs-cn-hangzhou.aliyuncs.com"], transport: transport)
    }

    static func throttled(_ code: String = "Throttling.User") -> ScriptedTransport.Step {
        .reply(status: 400, body: #"{"Code":"\#(code)","Message":"slow down"}"#)
    }

    @Test("throttling, 429, 5xx and ServiceUnavailable are retried; each attempt is signed afresh")
    func retried() async throws {
        let transport = ScriptedTransport([
            Self.throttled(), .reply(status: 503, body: #"{"Code":"ServiceUnavailable","Message":"x"}"#),
            .reply(status: 200, body: "{}"),
        ])
        let sleeper = RecordingSleeper()
        let reply = try await client(transport, sleeper: sleeper).call(Self.call)
        #expect(reply.status == 200)
        let requests = await transport.requests
        #expect(requests.count == 3)
        let dates = requests.map { $0.headers.first { $0.name == "x-acs-date" }?.value }
        let nonces = requests.map { $0.headers.first { $0.name == "x-acs-signature-nonce" }?.value }
        let signatures = requests.map { $0.headers.first { $0.name == "Authorization" }?.value }
        #expect(Set(dates).count == 3)
        #expect(Set(nonces).count == 3)
        #expect(Set(signatures).count == 3)
        // Full jitter with a fixed random 0.5: half of 200 ms, then half of 400 ms.
        #expect(await sleeper.delays == [.milliseconds(100), .milliseconds(200)])
    }

    @Test("a success is not repeated, even when its body carries a throttling code")
    func successNotRepeated() async throws {
        let transport = ScriptedTransport([
            .reply(status: 200, body: #"{"Code":"Throttling.User","RequestId":"r"}"#), .reply(status: 200, body: "{}"),
        ])
        let sleeper = RecordingSleeper()
        let reply = try await client(transport, sleeper: sleeper).call(Self.call)
        #expect(reply.body == Array(#"{"Code":"Throttling.User","RequestId":"r"}"#.utf8))
        #expect(await transport.requests.count == 1)
        #expect(await sleeper.delays.isEmpty)
    }

    @Test("at most maxAttempts attempts; the last answer is returned")
    func bounded() async throws {
        let transport = ScriptedTransport(Array(repeating: .reply(status: 429, body: "{}"), count: 10))
        let sleeper = RecordingSleeper()
        let reply = try await client(transport, sleeper: sleeper).call(Self.call)
        #expect(reply.status == 429)
        #expect(await transport.requests.count == 3)
        #expect(await sleeper.delays.count == 2)
    }

    @Test("client errors are never retried", arguments: [400, 403, 404])
    func clientErrors(status: Int) async throws {
        let transport = ScriptedTransport([
            .reply(status: status, body: #"{"Code":"InvalidImageId.NotFound","Message":"x"}"#)
        ])
        let reply = try await client(transport, sleeper: RecordingSleeper()).call(Self.call)
        #expect(reply.status == status)
        #expect(await transport.requests.count == 1)
    }

    @Test("x-acs-retry-after (milliseconds) sets the delay, capped by maxDelay")
    func retryAfter() async throws {
        let transport = ScriptedTransport([
            .reply(status: 429, body: "{}", headers: ["x-acs-retry-after": "1500"]),
            .reply(status: 429, body: "{}", headers: ["x-acs-retry-after": "999999"]), .reply(status: 200, body: "{}"),
        ])
        let sleeper = RecordingSleeper()
        _ = try await client(transport, sleeper: sleeper).call(Self.call)
        #expect(await sleeper.delays == [.milliseconds(1500), .seconds(5)])
    }

    @Test("connection failures are retried for every call; read timeouts only for a call safe to repeat")
    func failures() async throws {
        for call in [Self.call, Self.create] {
            let refused = ScriptedTransport([
                .fail(TransportError(kind: .connect, message: "refused")), .reply(status: 200, body: "{}"),
            ])
            #expect(try await client(refused, sleeper: RecordingSleeper()).call(call).status == 200)
        }
        let slow = ScriptedTransport([.fail(TimeoutError(phase: .read, limit: .seconds(10)))])
        await #expect(throws: TimeoutError(phase: .read, limit: .seconds(10))) {
            try await client(slow, sleeper: RecordingSleeper()).call(Self.create)
        }
        #expect(await slow.requests.count == 1)
        let slowRead = ScriptedTransport([
            .fail(TimeoutError(phase: .read, limit: .seconds(10))), .reply(status: 200, body: "{}"),
        ])
        #expect(try await client(slowRead, sleeper: RecordingSleeper()).call(Self.call).status == 200)
    }

    @Test("a 5xx after a create was sent is not retried (it may have created); throttling is")
    func unsafeCalls() async throws {
        let failed = ScriptedTransport([.reply(status: 504, body: #"{"Code":"GatewayTimeout","Message":"x"}"#)])
        #expect(try await client(failed, sleeper: RecordingSleeper()).call(Self.create).status == 504)
        #expect(await failed.requests.count == 1)
        let busy = ScriptedTransport([
            .reply(status: 503, body: #"{"Code":"ServiceUnavailable","Message":"x"}"#), .reply(status: 200, body: "{}"),
        ])
        #expect(try await client(busy, sleeper: RecordingSleeper()).call(Self.create).status == 503)
        let throttled = ScriptedTransport([
            Self.throttled(), .reply(status: 429, body: "{}"), .reply(status: 200, body: "{}"),
        ])
        #expect(try await client(throttled, sleeper: RecordingSleeper()).call(Self.create).status == 200)
        #expect(await throttled.requests.count == 3)
    }

    @Test("the retry budget stops retries while the service keeps failing; a success refills it")
    func budget() async throws {
        let budget = RetryBudget(capacity: 10, retryCost: 5, timeoutCost: 10)
        let transport = ScriptedTransport(
            Array(repeating: .reply(status: 503, body: "{}"), count: 4) + [.reply(status: 200, body: "{}")])
        let client = client(transport, sleeper: RecordingSleeper(), budget: budget)
        #expect(try await client.call(Self.call).status == 503)
        #expect(await transport.requests.count == 3, "two retries, 5 tokens each")
        #expect(await budget.available == 0)
        #expect(try await client.call(Self.call).status == 503)
        #expect(await transport.requests.count == 4, "an empty bucket: no retry")
        #expect(try await client.call(Self.call).status == 200)
        #expect(await budget.available == 1, "a first-attempt success returns one token")
        let timeouts = RetryBudget(capacity: 15, retryCost: 5, timeoutCost: 10)
        let slow = ScriptedTransport(Array(repeating: .fail(TimeoutError(phase: .read, limit: .seconds(1))), count: 3))
        await #expect(throws: TimeoutError.self) {
            try await self.client(slow, sleeper: RecordingSleeper(), budget: timeouts).call(Self.call)
        }
        #expect(await slow.requests.count == 2, "a retry after a timeout costs 10 of the 15")
    }

    @Test("a call with a ClientToken is retried after a 5xx, every attempt carrying the same token")
    func clientTokenKept() async throws {
        var call = Self.create
        call.parameters.append(RPCQueryItem(name: "ClientToken", value: ClientToken.fresh()))
        call.isIdempotent = true
        let transport = ScriptedTransport([.reply(status: 504, body: "{}"), .reply(status: 200, body: "{}")])
        #expect(try await client(transport, sleeper: RecordingSleeper()).call(call).status == 200)
        let tokens = await transport.requests.map { request in
            URLComponents(string: request.url)?.queryItems?.first { $0.name == "ClientToken" }?.value
        }
        #expect(tokens.count == 2)
        #expect(Set(tokens).count == 1)
        #expect(tokens.first??.count == 36)
    }

    @Test("delays stay within bounds; the total cap stops retrying; retries can be disabled")
    func bounds() async throws {
        let policy = RetryPolicy(
            maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .seconds(1), maxTotalDelay: .seconds(2))
        for attempt in 1...9 {
            for random in [0.0, 0.3, 0.999] {
                let delay = policy.delay(afterAttempt: attempt, retryAfter: nil, random: random)
                #expect(delay >= .zero && delay <= .seconds(1))
            }
        }
        let transport = ScriptedTransport(Array(repeating: .reply(status: 500, body: "{}"), count: 20))
        let sleeper = RecordingSleeper()
        _ = try await client(transport, sleeper: sleeper, retry: policy).call(Self.call)
        let total = await sleeper.delays.reduce(Duration.zero, +)
        #expect(total <= .seconds(2))
        #expect(await transport.requests.count < 10)

        let once = ScriptedTransport([.reply(status: 500, body: "{}"), .reply(status: 200, body: "{}")])
        #expect(try await client(once, sleeper: RecordingSleeper(), retry: .disabled).call(Self.call).status == 500)
    }

    @Test("the attempt log names the action and status, never a secret, token or signature")
    func logRedaction() async throws {
        let lines = LogLines()
        let transport = ScriptedTransport([.reply(status: 503, body: "{}"), .reply(status: 200, body: "{}")])
        let client = RPCClient(
            configuration: RPCClientConfiguration(
                region: "cn-hangzhou",
                credentials: StaticCredentialsProvider(
                    Credentials(accessKeyId: "id", accessKeySecret: "the-secret", securityToken: "the-token")),
                jitter: { 0 }, sleeper: RecordingSleeper(), log: { lines.append($0) }),
            transport: transport)
        _ = try await client.call(Self.call)
        let logged = lines.all
        #expect(logged.count == 2)
        #expect(logged[0].hasSuffix("DescribeRegions 2014-05-26 attempt 1: HTTP 503"))
        let signature = await transport.requests.first?.headers.first { $0.name == "Authorization" }?.value ?? "?"
        for line in logged {
            #expect(!line.contains("the-secret") && !line.contains("the-token") && !line.contains(signature))
        }
    }

    @Test("no credentials: a clear error and nothing sent")
    func noCredentials() async throws {
        let transport = ScriptedTransport([])
        let client = RPCClient(
            configuration: RPCClientConfiguration(
                region: "cn-hangzhou",
                credentials: DefaultCredentialsChain(
                    environment: ["ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true"], home: "/nonexistent-home")
            ),
            transport: transport)
        await #expect(throws: CredentialsError.self) { try await client.call(Self.call) }
        #expect(await transport.requests.isEmpty)
    }
}

final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var all: [String] { lock.withLock { lines } }

    func append(_ line: String) {
        lock.withLock { lines.append(line) }
    }
}
