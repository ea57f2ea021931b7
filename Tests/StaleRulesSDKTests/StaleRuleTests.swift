import AliyunRuntime
import Foundation
import LoopbackServer
import StaleRulesSDK
import Testing

/// RunInstances and CreateInstance as the real ECS metadata documents them, where the description and the
/// schema disagree, against a real HTTP server on 127.0.0.1 that accepts every call, as the service does
/// once it has raised a limit.
@Suite("Rules that disagree or go stale, over HTTP")
struct StaleRuleTests {
    static let credentials = Credentials(accessKeyId: "LTAI-stale", accessKeySecret: "stale-secret")

    static func accept(_ request: LoopbackServer.Request) -> LoopbackServer.Reply {
        .respond(
            status: 200, headers: ["content-type": "application/json"],
            body: #"{"RequestId":"R-ok","InstanceId":"i-1","InstanceIdSets":{"InstanceIdSet":["i-1"]}}"#, delay: .zero)
    }

    func withClient(
        _ mode: ValidationMode = .default,
        _ body: (ECSClient, LoopbackServer, RecordingLogHandler.Messages) async throws -> Void
    ) async throws {
        let server = try await LoopbackServer(handler: Self.accept)
        let messages = RecordingLogHandler.Messages()
        let client = ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(server.url), credentials: StaticCredentialsProvider(Self.credentials),
                retry: .disabled),
            validation: ValidationPolicy(mode: mode, logger: RecordingLogHandler.logger(messages)))
        do {
            try await body(client, server, messages)
        } catch {
            try await server.stop()
            throw error
        }
        try await server.stop()
    }

    static func tags(_ count: Int) -> [RunInstancesRequest.Tag] {
        (1...count).map { RunInstancesRequest.Tag(key: "k\($0)", value: "v") }
    }

    @Test(
        "25 tags are sent in the default mode, and in enforce: the schema's maxItems 71 is checked, not the description's 20"
    )
    func twentyFiveTags() async throws {
        for mode in [ValidationMode.default, .enforce] {
            try await withClient(mode) { client, server, messages in
                let response = try await client.runInstances(
                    RunInstancesRequest(regionId: "cn-hangzhou", tag: Self.tags(25)))
                #expect(response.requestId == "R-ok")
                let query = try #require(await server.requests().first).query
                #expect(query.contains { $0.name == "Tag.25.Key" && $0.value == "k25" })
                #expect(messages.all.isEmpty, "nothing was broken, so nothing is logged")
            }
        }
    }

    @Test("SpotDuration 4 is sent: the schema's 0 to 6 is checked, not the description's list of 1 and 0")
    func spotDuration() async throws {
        for mode in [ValidationMode.default, .enforce] {
            try await withClient(mode) { client, server, messages in
                _ = try await client.createInstance(
                    CreateInstanceRequest(regionId: "cn-hangzhou", instanceType: "ecs.g7.large", spotDuration: 4))
                let query = try #require(await server.requests().first).query
                #expect(query.contains { $0.name == "SpotDuration" && $0.value == "4" })
                #expect(messages.all.isEmpty)
            }
        }
    }

    @Test("72 tags in the default mode: logged, sent, and the acceptance reported as a stale rule")
    func beyondEveryLimit() async throws {
        try await withClient { client, server, messages in
            _ = try await client.runInstances(RunInstancesRequest(regionId: "cn-hangzhou", tag: Self.tags(72)))
            #expect(await server.requests().count == 1)
            let warnings = messages.texts(at: .warning)
            #expect(warnings.count == 2)
            #expect(warnings.first?.contains("Tag: must have at most 71 elements (it has 72)") == true)
            #expect(
                warnings.last?.contains("the service accepted a request that breaks the documented count rule of Tag")
                    == true)
            #expect(warnings.last?.contains("\"maxItems: 71\"") == true)
        }
    }

    @Test("enforce refuses 72 tags before sending, says which rule and sentence, and one call can bypass it")
    func enforceAndBypass() async throws {
        try await withClient(.enforce) { client, server, messages in
            let request = RunInstancesRequest(regionId: "cn-hangzhou", tag: Self.tags(72))
            let error = await #expect(throws: RequestValidationError.self) { try await client.runInstances(request) }
            let text = error?.description ?? ""
            #expect(
                text.contains(
                    "Tag: must have at most 71 elements (it has 72) (a count rule, which may be stale) — maxItems: 71"))
            #expect(text.contains("pass `options: CallOptions(validation: .warn)`"))
            #expect(await server.requests().isEmpty)
            _ = try await client.runInstances(request, options: CallOptions(validation: .warn))
            #expect(await server.requests().count == 1)
            #expect(messages.texts(at: .warning).last?.contains("so the rule is wrong or stale") == true)
        }
    }

    @Test("a rule that cannot go stale still blocks in the default mode")
    func stableRuleBlocks() async throws {
        try await withClient { client, server, _ in
            let request = RunInstancesRequest(regionId: "", tag: [RunInstancesRequest.Tag(key: "aliyun-reserved")])
            let error = await #expect(throws: RequestValidationError.self) { try await client.runInstances(request) }
            #expect(error?.violations.map(\.rule) == ["required", "forbiddenPrefixes"])
            #expect(await server.requests().isEmpty)
        }
    }
}
