import AliyunRuntime
import Foundation
import LoopbackServer
import Testing

@Suite("Temporary credentials: the ECS RAM role, a credentials URI, and their cache")
struct TemporaryCredentialsTests {
    static func credentialsJSON(expiresIn seconds: TimeInterval = 3600, id: String = "STS.role") -> String {
        let expiration = Date().addingTimeInterval(seconds).formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        return #"{"Code":"Success","AccessKeyId":"\#(id)","AccessKeySecret":"role-secret","#
            + #""SecurityToken":"role-token","Expiration":"\#(expiration)","LastUpdated":"2026-12-01T00:00:00Z"}"#
    }

    /// A fake ECS metadata service: IMDSv2 tokens unless `v2` is off, one role, its credentials.
    static func metadataService(v2: Bool = true) async throws -> LoopbackServer {
        try await LoopbackServer { request in
            func answer(_ status: Int, _ body: String) -> LoopbackServer.Reply {
                .respond(status: status, headers: [:], body: body, delay: .zero)
            }
            switch (request.method, request.uri) {
            case ("PUT", "/latest/api/token"):
                return v2 && request.headers["x-aliyun-ecs-metadata-token-ttl-seconds"] == "21600"
                    ? answer(200, "imds-token") : answer(403, "")
            case ("GET", "/latest/meta-data/ram/security-credentials/"):
                return answer(200, "EcsRole\n")
            case ("GET", "/latest/meta-data/ram/security-credentials/EcsRole"):
                if v2 && request.headers["x-aliyun-ecs-metadata-token"] != "imds-token" { return answer(401, "") }
                return answer(200, credentialsJSON())
            default:
                return answer(404, "")
            }
        }
    }

    @Test("IMDSv2: a token, the listed role, its credentials, cached until they near expiry")
    func instanceRoleV2() async throws {
        let server = try await Self.metadataService()
        defer { Task { try? await server.stop() } }
        let provider = ECSRAMRoleCredentialsProvider(endpoint: server.url, environment: [:])
        let credentials = try await provider.credentials()
        #expect(credentials.accessKeyId == "STS.role")
        #expect(credentials.securityToken == "role-token")
        #expect(credentials.expiration != nil)
        _ = try await provider.credentials()
        let requests = await server.requests()
        #expect(requests.map(\.method) == ["PUT", "GET", "GET"], "the second call is served from the cache")
        #expect(requests.dropFirst().allSatisfy { $0.headers["x-aliyun-ecs-metadata-token"] == "imds-token" })
    }

    @Test("without an IMDSv2 token, IMDSv1 unless ALIBABA_CLOUD_IMDSV1_DISABLED; the role from the environment")
    func instanceRoleV1() async throws {
        let server = try await Self.metadataService(v2: false)
        defer { Task { try? await server.stop() } }
        let v1 = ECSRAMRoleCredentialsProvider(
            endpoint: server.url, environment: ["ALIBABA_CLOUD_ECS_METADATA": "EcsRole"])
        #expect(try await v1.credentials().accessKeyId == "STS.role")
        #expect(await server.requests().map(\.uri).contains("/latest/meta-data/ram/security-credentials/") == false)
        let strict = ECSRAMRoleCredentialsProvider(
            endpoint: server.url, environment: ["ALIBABA_CLOUD_IMDSV1_DISABLED": "true"])
        let error = await #expect(throws: CredentialsError.self) { _ = try await strict.credentials() }
        #expect(error?.message.contains("IMDSv1 is disabled") == true)
    }

    @Test("a credentials URI, and the default chain asking it only when the variable is set")
    func credentialsURI() async throws {
        let server = try await LoopbackServer { _ in
            .respond(status: 200, headers: [:], body: Self.credentialsJSON(id: "STS.uri"), delay: .zero)
        }
        defer { Task { try? await server.stop() } }
        let environment = ["ALIBABA_CLOUD_CREDENTIALS_URI": server.url + "/creds?secret=s3", "HOME": "/nonexistent"]
        let chain = DefaultCredentialsChain(environment: environment)
        #expect(try await chain.credentials().accessKeyId == "STS.uri")
        #expect(!String(describing: chain).contains("s3"), "the URI's query is not shown")
        await #expect(throws: CredentialsError.self) {
            _ = try await DefaultCredentialsChain(
                environment: ["HOME": "/nonexistent", "ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true"]
            ).credentials()
        }
        #expect(await server.requests().count == 1)
    }

    @Test("one fetch in flight however many tasks ask; a failed refresh keeps credentials still valid")
    func cache() async throws {
        let clock = MovableClock()
        let cache = RefreshingCredentials.numberedFetches(on: clock) { attempt in
            try await Task.sleep(for: .milliseconds(50))
            if attempt == 2 { throw CredentialsError("STS is down") }
            return .temporary("STS.\(attempt)", expiration: clock.now.addingTimeInterval(120))
        }
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<32 { group.addTask { try await cache.credentials().accessKeyId } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(ids == ["STS.1"])
        #expect(await cache.fetches == 1)
        clock.advance(by: 90)  // within the margin: refresh, which fails; the old ones are valid 30 s more
        #expect(try await cache.credentials().accessKeyId == "STS.1")
        clock.advance(by: 60)  // expired: the next fetch succeeds
        #expect(try await cache.credentials().accessKeyId == "STS.3")
    }
}

/// A clock tests move by hand.
final class MovableClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_790_000_000)

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}

actor Attempts {
    private var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}

extension RefreshingCredentials {
    /// A cache with a 60 s margin on `clock` whose fetches are numbered from 1: `fetch` is given the number.
    static func numberedFetches(
        on clock: MovableClock, _ fetch: @escaping @Sendable (Int) async throws -> Credentials
    ) -> RefreshingCredentials {
        let attempts = Attempts()
        return RefreshingCredentials(margin: 60, now: { clock.now }) { try await fetch(await attempts.next()) }
    }
}

extension Credentials {
    /// Temporary credentials for tests: `id`, secret `s`, token `t`.
    static func temporary(_ id: String, expiration: Date? = nil) -> Credentials {
        Credentials(accessKeyId: id, accessKeySecret: "s", securityToken: "t", expiration: expiration)
    }
}
