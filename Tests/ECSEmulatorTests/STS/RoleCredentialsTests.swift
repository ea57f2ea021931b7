import AliyunECSImages
import AliyunRuntime
import ECSEmulator
import Foundation
import Testing

/// The role sources of the credentials chain against the emulator's STS, served by the router generated from
/// STS's api-docs: AssumeRole for aliyun-cli's RamRoleArn and ChainableRamRoleArn and the credentials file's
/// ram_role_arn, AssumeRoleWithOIDC (unsigned) for an OIDC role; the credentials they yield are then used to
/// call ECS on the same emulator, which checks their token.
@Suite("Role credentials through STS on the emulator")
struct RoleCredentialsTests {
    static let account = String(EmulatorAccount.defaultId)
    static let role = "acs:ram::\(account):role/ops-reader"

    /// A home directory holding `files`.
    static func home(_ files: [String: String]) throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("sts-home-\(UUID().uuidString)")
        for (path, text) in files {
            let url = home.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home.path
    }

    /// aliyun-cli's config.json with these profiles.
    static func cliConfig(current: String, _ profiles: [String]) -> String {
        #"{"current": "\#(current)", "profiles": [\#(profiles.joined(separator: ", "))]}"#
    }

    static var accessKeyProfile: String {
        #"{"name": "base", "mode": "AK", "access_key_id": "\#(EmulatorHarness.key.accessKeyId)", "#
            + #""access_key_secret": "\#(EmulatorHarness.key.accessKeySecret)"}"#
    }

    /// The chain of a test: only the given environment and home, STS on the emulator, no metadata service.
    static func chain(_ harness: EmulatorHarness, home: String, environment: [String: String] = [:])
        -> DefaultCredentialsChain
    {
        var variables = environment
        variables["HOME"] = home
        variables["ALIBABA_CLOUD_ECS_METADATA_DISABLED"] = "true"
        return DefaultCredentialsChain(
            environment: variables, network: CredentialsNetwork(stsEndpoint: ServiceEndpoint(harness.emulator.url)))
    }

    static func ecs(_ harness: EmulatorHarness, _ credentials: any CredentialsProvider) -> ECSClient {
        ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(harness.emulator.url), credentials: credentials, retry: .disabled))
    }

    static func describe(_ client: ECSClient) async throws -> Int {
        let answer = try await client.describeImages(DescribeImagesRequest(regionId: EmulatorHarness.region))
        return answer.images?.image?.count ?? 0
    }

    @Test("RamRoleArn: AssumeRole signed with the profile's key, the role's credentials call ECS, cached between calls")
    func ramRoleArn() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let home = try Self.home([
                ".aliyun/config.json": Self.cliConfig(
                    current: "ops",
                    [
                        #"{"name": "ops", "mode": "RamRoleArn", "access_key_id": "\#(EmulatorHarness.key.accessKeyId)", "#
                            + #""access_key_secret": "\#(EmulatorHarness.key.accessKeySecret)", "#
                            + #""ram_role_arn": "\#(Self.role)", "ram_session_name": "nightly", "expired_seconds": 900}"#
                    ])
            ])
            let chain = Self.chain(harness, home: home)
            let client = Self.ecs(harness, chain)
            #expect(try await Self.describe(client) == 1)
            #expect(try await Self.describe(client) == 1)
            let journal = await harness.emulator.journal.all
            let assumed = journal.filter { $0.action == "AssumeRole" }
            #expect(assumed.count == 1, "the role's credentials are cached")
            #expect(assumed.first?.accessKeyId == EmulatorHarness.key.accessKeyId)
            #expect(assumed.first?.signatureVersion == "v1", "STS is signed as the official libraries sign it")
            let described = journal.filter { $0.action == "DescribeImages" }
            #expect(described.count == 2)
            #expect(described.allSatisfy { $0.status == 200 && $0.accessKeyId?.hasPrefix("STS.") == true })
            let credentials = try await chain.credentials()
            #expect(credentials.securityToken?.isEmpty == false)
            #expect(
                credentials.expiration.map { $0.timeIntervalSinceNow > 800 && $0.timeIntervalSinceNow <= 900 } == true)
            let identity = try await STSClient(
                configuration: RPCClientConfiguration(
                    endpoint: ServiceEndpoint(harness.emulator.url), credentials: chain, retry: .disabled)
            ).getCallerIdentity(GetCallerIdentityRequest())
            #expect(identity.identityType == .assumedRoleUser)
            #expect(identity.arn == "acs:ram::\(Self.account):role/ops-reader/nightly")
        }
    }

    @Test("ChainableRamRoleArn: the source profile's role signs the second AssumeRole")
    func chainableRamRoleArn() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let home = try Self.home([
                ".aliyun/config.json": Self.cliConfig(
                    current: "admin",
                    [
                        Self.accessKeyProfile,
                        #"{"name": "reader", "mode": "ChainableRamRoleArn", "source_profile": "base", "#
                            + #""ram_role_arn": "\#(Self.role)", "ram_session_name": "first"}"#,
                        #"{"name": "admin", "mode": "ChainableRamRoleArn", "source_profile": "reader", "#
                            + #""ram_role_arn": "acs:ram::\#(Self.account):role/admin", "ram_session_name": "second"}"#,
                    ])
            ])
            #expect(try await Self.describe(Self.ecs(harness, Self.chain(harness, home: home))) == 1)
            let assumed = await harness.emulator.journal.calls(of: "AssumeRole")
            #expect(assumed.count == 2)
            #expect(assumed.first?.accessKeyId == EmulatorHarness.key.accessKeyId)
            #expect(assumed.last?.accessKeyId?.hasPrefix("STS.") == true, "the first role's credentials sign")
            #expect(assumed.allSatisfy { $0.status == 200 })
        }
    }

    @Test("the credentials file's ram_role_arn type; a role of another account is STS's EntityNotExist.Role")
    func iniRamRoleArn() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let ini = """
                [default]
                type = ram_role_arn
                access_key_id = \(EmulatorHarness.key.accessKeyId)
                access_key_secret = \(EmulatorHarness.key.accessKeySecret)
                role_arn = \(Self.role)
                role_session_name = from-ini

                [elsewhere]
                type = ram_role_arn
                access_key_id = \(EmulatorHarness.key.accessKeyId)
                access_key_secret = \(EmulatorHarness.key.accessKeySecret)
                role_arn = acs:ram::999:role/other
                """
            let home = try Self.home([".alibabacloud/credentials": ini])
            #expect(try await Self.describe(Self.ecs(harness, Self.chain(harness, home: home))) == 1)
            let refused = Self.chain(harness, home: home, environment: ["ALIBABA_CLOUD_PROFILE": "elsewhere"])
            let error = await #expect(throws: CredentialsError.self) { try await refused.credentials() }
            #expect(error?.message.contains("EntityNotExist.Role (HTTP 404)") == true, "\(String(describing: error))")
            #expect(error?.message.contains(EmulatorHarness.key.accessKeySecret) == false)
        }
    }

    @Test("an OIDC role from the environment: unsigned AssumeRoleWithOIDC, the token file read at every refresh")
    func oidcRole() async throws {
        let clock = Clock()
        var configuration = EmulatorConfiguration(
            credentials: [EmulatorHarness.key], state: EmulatorState(images: [.sample("m-1")]), now: clock.now)
        configuration.oidcProviders = [OIDCTokens.provider(named: "ack-rrsa")]
        let emulator = try await ECSEmulator.start(configuration)
        defer { Task { await emulator.stop() } }
        do {
            let harness = EmulatorHarness(emulator: emulator)
            let home = try Self.home(["token": OIDCTokens.make(subject: "first") + "\n"])
            let environment = [
                "HOME": home, "ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true", "ALIBABA_CLOUD_ROLE_ARN": Self.role,
                "ALIBABA_CLOUD_OIDC_PROVIDER_ARN": "acs:ram::\(Self.account):oidc-provider/ack-rrsa",
                "ALIBABA_CLOUD_OIDC_TOKEN_FILE": home + "/token", "ALIBABA_CLOUD_ROLE_SESSION_NAME": "pod-1",
            ]
            let network = CredentialsNetwork(stsEndpoint: ServiceEndpoint(harness.emulator.url), now: clock.now)
            let chain = DefaultCredentialsChain(environment: environment, network: network)
            let first = try await chain.credentials()
            #expect(first.accessKeyId.hasPrefix("STS."))
            let client = ECSClient(
                configuration: RPCClientConfiguration(
                    endpoint: ServiceEndpoint(emulator.url), credentials: chain, retry: .disabled, now: clock.now))
            #expect(try await Self.describe(client) == 1)
            var calls = await harness.emulator.journal.calls(of: "AssumeRoleWithOIDC")
            #expect(calls.count == 1)
            #expect(calls.first?.accessKeyId == "", "the call is anonymous: no access key signs it")
            #expect(calls.first?.status == 200)
            // The cluster rotates the token; a refresh near expiry reads the new one.
            try OIDCTokens.make(subject: "second").write(toFile: home + "/token", atomically: true, encoding: .utf8)
            clock.advance(by: 3600)
            let second = try await chain.credentials()
            #expect(second.accessKeyId != first.accessKeyId)
            calls = await harness.emulator.journal.calls(of: "AssumeRoleWithOIDC")
            #expect(calls.count == 2)
        }
    }

    @Test("a token STS refuses: a credentials error with STS's code, never the token")
    func oidcRefused() async throws {
        var configuration = EmulatorConfiguration(credentials: [EmulatorHarness.key])
        configuration.oidcProviders = [OIDCTokens.provider(named: "p")]
        let emulator = try await ECSEmulator.start(configuration)
        defer { Task { await emulator.stop() } }
        let home = try Self.home(["token": "a.stolen.token"])
        let provider = try OIDCRoleCredentialsProvider(
            roleArn: Self.role, oidcProviderArn: "acs:ram::\(Self.account):oidc-provider/p", tokenFile: home + "/token",
            session: RoleSession(name: "s"), network: CredentialsNetwork(stsEndpoint: ServiceEndpoint(emulator.url)),
            environment: [:])
        let error = await #expect(throws: CredentialsError.self) { try await provider.credentials() }
        #expect(error?.message.contains("AuthenticationFail.OIDCToken.Invalid") == true, "\(String(describing: error))")
        #expect(error?.message.contains("stolen") == false)
    }

    @Test("credentials STS issued are refused by the emulator once expired")
    func expired() async throws {
        let clock = Clock()
        let configuration = EmulatorConfiguration(credentials: [EmulatorHarness.key], now: clock.now)
        let emulator = try await ECSEmulator.start(configuration)
        defer { Task { await emulator.stop() } }
        let sts = STSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(emulator.url), credentials: StaticCredentialsProvider(EmulatorHarness.key),
                retry: .disabled, now: clock.now))
        let answer = try await sts.assumeRole(AssumeRoleRequest(roleArn: Self.role, roleSessionName: "short"))
        let issued = try #require(answer.credentials)
        let temporary = Credentials(
            accessKeyId: issued.accessKeyId ?? "", accessKeySecret: issued.accessKeySecret ?? "",
            securityToken: issued.securityToken)
        let client = ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(emulator.url), credentials: StaticCredentialsProvider(temporary),
                retry: .disabled, now: clock.now))
        _ = try await client.describeImages(DescribeImagesRequest(regionId: EmulatorHarness.region))
        clock.advance(by: 3601)
        let error = await #expect(throws: DescribeImagesError.self) {
            _ = try await client.describeImages(DescribeImagesRequest(regionId: EmulatorHarness.region))
        }
        #expect(error?.serviceError.code == "InvalidSecurityToken.Expired")
    }
}

/// A clock tests move forward.
final class Clock: Sendable {
    private let offset = Offset()

    var now: @Sendable () -> Date {
        { [offset] in Date().addingTimeInterval(offset.value) }
    }

    func advance(by seconds: TimeInterval) { offset.add(seconds) }

    private final class Offset: @unchecked Sendable {
        private let lock = NSLock()
        private var seconds: TimeInterval = 0
        var value: TimeInterval { lock.withLock { seconds } }
        func add(_ delta: TimeInterval) { lock.withLock { seconds += delta } }
    }
}
