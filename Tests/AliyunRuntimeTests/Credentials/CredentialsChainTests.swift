import AliyunRuntime
import Foundation
import LoopbackServer
import Testing

/// The default chain's order and fall-through, as credentials-go and the Python `alibabacloud-credentials`
/// walk theirs (the role sources are exercised against STS on the emulator: RoleCredentialsTests).
@Suite("The default credentials chain")
struct CredentialsChainTests {
    static let secret = CredentialsTests.secret
    static let offECS = ["ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true"]

    static func cliConfig(_ id: String) -> String {
        #"{"current": "default", "profiles": [{"name": "default", "mode": "AK", "access_key_id": "\#(id)", "#
            + #""access_key_secret": "\#(secret)"}]}"#
    }

    static func ini(_ id: String) -> String {
        "[default]\ntype = access_key\naccess_key_id = \(id)\naccess_key_secret = \(secret)\n"
    }

    @Test("aliyun-cli's config.json before the credentials file; a broken one passes to the next")
    func profileFilesInOrder() async throws {
        let both = try CredentialsTests().home(files: [
            ".aliyun/config.json": Self.cliConfig("cli-id"), ".alibabacloud/credentials": Self.ini("ini-id"),
        ])
        #expect(
            try await DefaultCredentialsChain(environment: Self.offECS, home: both).credentials().accessKeyId
                == "cli-id")
        var disabled = Self.offECS
        disabled["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] = "true"
        #expect(
            try await DefaultCredentialsChain(environment: disabled, home: both).credentials().accessKeyId == "ini-id")
        let broken = try CredentialsTests().home(files: [
            ".aliyun/config.json": "{\"profiles\": 3}", ".alibabacloud/credentials": Self.ini("ini-id"),
        ])
        #expect(
            try await DefaultCredentialsChain(environment: Self.offECS, home: broken).credentials().accessKeyId
                == "ini-id")
    }

    @Test("ALIBABA_CLOUD_CREDENTIALS_FILE names the credentials file; keys read as configparser reads them")
    func credentialsFile() async throws {
        let home = try CredentialsTests().home(files: [
            "elsewhere.ini": """
            [default]
            TYPE: access_key
            Access_Key_Id = moved-id   # a comment after the value
            access_key_secret = \(Self.secret)
            """
        ])
        var environment = Self.offECS
        environment["ALIBABA_CLOUD_CREDENTIALS_FILE"] = home + "/elsewhere.ini"
        let credentials = try await DefaultCredentialsChain(environment: environment, home: home).credentials()
        #expect(credentials == Credentials(accessKeyId: "moved-id", accessKeySecret: Self.secret))
    }

    @Test("every source failing: one error with each source's reason, never a secret")
    func allFail() async throws {
        let home = try CredentialsTests().home(files: [
            ".aliyun/config.json": "{\"profiles\": [{\"name\": \"default\", \"mode\": \"OAuth\"}]}",
            ".alibabacloud/credentials":
                "[default]\ntype = sts\naccess_key_id = x\naccess_key_secret = \(Self.secret)\n",
        ])
        var environment = Self.offECS
        environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "env-id"
        let error = await #expect(throws: CredentialsError.self) {
            try await DefaultCredentialsChain(environment: environment, home: home).credentials()
        }
        let message = try #require(error?.message)
        #expect(
            message.hasPrefix(
                "no credentials (environment: ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set; profile files: "))
        #expect(message.contains("has mode OAuth"))
        #expect(message.contains("of type sts lacks security_token"))
        #expect(!message.contains(Self.secret))
    }

    @Test("the ECS instance's role is asked when nothing else is configured, unless disabled")
    func instanceRoleLast() async throws {
        let server = try await TemporaryCredentialsTests.metadataService()
        defer { Task { try? await server.stop() } }
        let empty = try CredentialsTests().home(files: [:])
        let chain = DefaultCredentialsChain(
            environment: [:], home: empty, network: CredentialsNetwork(metadataEndpoint: server.url))
        #expect(try await chain.credentials().accessKeyId == "STS.role")
        let disabled = DefaultCredentialsChain(
            environment: Self.offECS, home: empty, network: CredentialsNetwork(metadataEndpoint: server.url))
        await #expect(throws: CredentialsError.self) { try await disabled.credentials() }
        #expect(await server.requests().count == 3, "the disabled chain never called the metadata service")
    }

    @Test("the source that answered first is kept: removing its file later changes nothing")
    func settles() async throws {
        let home = try CredentialsTests().home(files: [".aliyun/config.json": Self.cliConfig("kept-id")])
        let chain = DefaultCredentialsChain(environment: Self.offECS, home: home)
        #expect(try await chain.credentials().accessKeyId == "kept-id")
        try FileManager.default.removeItem(atPath: home + "/.aliyun/config.json")
        #expect(try await chain.credentials().accessKeyId == "kept-id")
    }
}
