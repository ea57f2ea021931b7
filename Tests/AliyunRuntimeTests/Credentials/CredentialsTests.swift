import AliyunRuntime
import Foundation
import Testing

@Suite("Credentials")
struct CredentialsTests {
    static let secret = "TopSecret-0123456789"
    static let token = "STS-Token-abcdef"

    func home(files: [String: String]) throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("home-\(UUID().uuidString)")
        for (path, text) in files {
            let url = home.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home.path
    }

    @Test("environment variables, with and without a token")
    func environment() async throws {
        let plain = try await EnvironmentCredentialsProvider(environment: [
            "ALIBABA_CLOUD_ACCESS_KEY_ID": "id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": Self.secret,
        ]).credentials()
        #expect(plain == Credentials(accessKeyId: "id", accessKeySecret: Self.secret))
        let sts = try await EnvironmentCredentialsProvider(environment: [
            "ALIBABA_CLOUD_ACCESS_KEY_ID": "id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": Self.secret,
            "ALIBABA_CLOUD_SECURITY_TOKEN": Self.token,
        ]).credentials()
        #expect(sts.securityToken == Self.token)
        await #expect(throws: CredentialsError("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set")) {
            try await EnvironmentCredentialsProvider(environment: ["ALIBABA_CLOUD_ACCESS_KEY_ID": "id"]).credentials()
        }
    }

    @Test("~/.alibabacloud/credentials: default, named and ALIBABA_CLOUD_PROFILE profiles, AK and STS")
    func iniFile() async throws {
        let home = try home(files: [
            ".alibabacloud/credentials": """
            # comment
            [default]
            type = access_key
            access_key_id = default-id
            access_key_secret = \(Self.secret)

            [temp]
            type = sts
            access_key_id = temp-id
            access_key_secret = \(Self.secret)
            security_token = \(Self.token)
            """
        ])
        let byDefault = try await ProfileCredentialsProvider(environment: [:], home: home).credentials()
        #expect(byDefault.accessKeyId == "default-id")
        #expect(byDefault.securityToken == nil)
        let named = try await ProfileCredentialsProvider(profile: "temp", environment: [:], home: home).credentials()
        #expect(named.securityToken == Self.token)
        let fromEnvironment = try await ProfileCredentialsProvider(
            environment: ["ALIBABA_CLOUD_PROFILE": "temp"], home: home
        ).credentials()
        #expect(fromEnvironment.accessKeyId == "temp-id")
        await #expect(throws: CredentialsError.self) {
            try await ProfileCredentialsProvider(profile: "missing", environment: [:], home: home).credentials()
        }
    }

    @Test("a credentials file with Windows line endings reads the same")
    func crlf() async throws {
        let home = try home(files: [
            ".alibabacloud/credentials":
                "# comment\r\n[default]\r\naccess_key_id = crlf-id\r\naccess_key_secret = \(Self.secret)\r\n"
        ])
        let credentials = try await ProfileCredentialsProvider(environment: [:], home: home).credentials()
        #expect(credentials == Credentials(accessKeyId: "crlf-id", accessKeySecret: Self.secret))
    }

    @Test("~/.aliyun/config.json: current profile, AK and StsToken modes")
    func cliConfig() async throws {
        let home = try home(files: [
            ".aliyun/config.json": """
            {"current": "work", "profiles": [
              {"name": "default", "mode": "AK", "access_key_id": "a", "access_key_secret": "\(Self.secret)"},
              {"name": "work", "mode": "StsToken", "access_key_id": "w", "access_key_secret": "\(Self.secret)",
               "sts_token": "\(Self.token)", "region_id": "cn-hangzhou"}]}
            """
        ])
        let current = try await ProfileCredentialsProvider(environment: [:], home: home).credentials()
        #expect(current == Credentials(accessKeyId: "w", accessKeySecret: Self.secret, securityToken: Self.token))
        let named = try await ProfileCredentialsProvider(profile: "default", environment: [:], home: home).credentials()
        #expect(named.accessKeyId == "a")
    }

    @Test(
        "malformed files are errors that name the file and never the secret",
        arguments: [
            (".alibabacloud/credentials", "[default\naccess_key_id = x\n", ":1: malformed section header"),
            (".alibabacloud/credentials", "access_key_id = x\n", ":1: key outside any [section]"),
            (".alibabacloud/credentials", "[default]\njust a line \(secret)\n", ":2: expected key = value"),
            (
                ".alibabacloud/credentials",
                "[default]\ntype = sts\naccess_key_id = x\naccess_key_secret = \(secret)\n", "lacks security_token"
            ),
            (".alibabacloud/credentials", "[default]\ntype = rsa_key_pair\n", "has type rsa_key_pair; supported: "),
            (
                ".alibabacloud/credentials",
                "[default]\ntype = ram_role_arn\naccess_key_id = x\naccess_key_secret = \(secret)\n",
                "profile [default] of type ram_role_arn lacks role_arn"
            ),
            (
                ".aliyun/config.json", "{\"profiles\": [ {\"name\": \"default\", \"mode\": \"AK\"",
                "not an aliyun-cli config file"
            ),
            (
                ".aliyun/config.json",
                "{\"profiles\": [{\"name\": \"default\", \"mode\": \"CloudSSO\", \"access_key_secret\": \"\(secret)\"}]}",
                "has mode CloudSSO; supported: AK, StsToken, RamRoleArn, EcsRamRole, OIDC, ChainableRamRoleArn"
            ),
            (
                ".aliyun/config.json",
                "{\"profiles\": [{\"name\": \"default\", \"mode\": \"ChainableRamRoleArn\", \"source_profile\": \"default\", \"ram_role_arn\": \"acs:ram::1:role/r\"}]}",
                "the source profiles loop (default → default)"
            ),
        ])
    func malformed(file: String, text: String, message: String) async throws {
        let home = try home(files: [file: text])
        do {
            _ = try await ProfileCredentialsProvider(environment: [:], home: home).credentials()
            Issue.record("expected an error")
        } catch let error as CredentialsError {
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.message.contains(file))
            #expect(!error.message.contains(Self.secret))
        }
    }

    @Test("the default chain: environment first, then profile files, else a clear error")
    func chain() async throws {
        let home = try home(files: [
            ".alibabacloud/credentials": "[default]\naccess_key_id = file-id\naccess_key_secret = \(Self.secret)\n"
        ])
        let environment = ["ALIBABA_CLOUD_ACCESS_KEY_ID": "env-id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": Self.secret]
        #expect(
            try await DefaultCredentialsChain(environment: environment, home: home).credentials().accessKeyId
                == "env-id")
        #expect(try await DefaultCredentialsChain(environment: [:], home: home).credentials().accessKeyId == "file-id")
        let empty = try self.home(files: [:])
        await #expect(throws: CredentialsError.self) {
            try await DefaultCredentialsChain(environment: ["ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true"], home: empty)
                .credentials()
        }
    }

    @Test("no secret in description, debugDescription, dump, interpolation or reflection")
    func redaction() {
        let credentials = Credentials(
            accessKeyId: "visible-id", accessKeySecret: Self.secret, securityToken: Self.token)
        var dumped = ""
        dump(credentials, to: &dumped)
        let renderings = [
            credentials.description, credentials.debugDescription, dumped, "\(credentials)",
            String(reflecting: credentials),
            String(describing: [credentials]), String(describing: Optional(credentials)),
        ]
        for text in renderings {
            #expect(!text.contains(Self.secret), "\(text)")
            #expect(!text.contains(Self.token), "\(text)")
        }
        #expect(credentials.description.contains("visible-id"))
    }
}
