import AliyunRuntime
import Foundation
import Testing

@Suite("No secret in any description, dump or error")
struct RedactionTests {
    static let secret = "SECRET-v4lue"
    static let token = "TOKEN-v4lue"
    static let environment = [
        "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI-id", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": secret,
        "ALIBABA_CLOUD_SECURITY_TOKEN": token, "DATABASE_PASSWORD": "pa55-v4lue", "HOME": "/nonexistent",
    ]

    /// Every way a value can become text.
    static func renderings(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    static func expectNoSecret(_ value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in renderings(value) {
            for secret in [secret, token, "pa55-v4lue"] {
                #expect(!text.contains(secret), "\(text)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("credential providers, the chain, a configuration and a client show sources, not values")
    func providers() {
        let chain = DefaultCredentialsChain(environment: Self.environment)
        Self.expectNoSecret(EnvironmentCredentialsProvider(environment: Self.environment))
        Self.expectNoSecret(ProfileCredentialsProvider(profile: "p", environment: Self.environment))
        Self.expectNoSecret(chain)
        Self.expectNoSecret(
            StaticCredentialsProvider(
                Credentials(accessKeyId: "LTAI-id", accessKeySecret: Self.secret, securityToken: Self.token)))
        let configuration = RPCClientConfiguration(credentials: chain)
        Self.expectNoSecret(configuration)
        Self.expectNoSecret(RPCClient(configuration: configuration))
        #expect(String(describing: chain).contains("ALIBABA_CLOUD_SECURITY_TOKEN set"))
    }

    @Test(
        "a signed request and a request on the wire hide the signature and the token",
        arguments: [SignatureVersion.v3, .v1])
    func requests(_ version: SignatureVersion) {
        let input = SigningInput(
            host: "ecs.aliyuncs.com", action: "DescribeRegions", version: "2014-05-26", parameters: [],
            date: Date(timeIntervalSince1970: 1_790_000_000), nonce: "n", userAgent: "t",
            credentials: Credentials(accessKeyId: "LTAI-id", accessKeySecret: Self.secret, securityToken: Self.token))
        let signed = version == .v3 ? V3Signer.sign(input) : V1Signer.sign(input)
        Self.expectNoSecret(signed)
        for text in Self.renderings(signed) { #expect(!text.contains(signed.signature), "\(text)") }
        let wire = HTTPRequest(
            method: signed.method, url: "https://ecs.aliyuncs.com/?" + signed.query, headers: signed.headers, body: [])
        Self.expectNoSecret(wire)
        for text in Self.renderings(wire) {
            #expect(!text.contains(signed.signature), "\(text)")
            #expect(text.contains("DescribeRegions") || version == .v3)
        }
    }

    @Test("a credential with a control character is refused naming its source, never its value")
    func controlCharacters() async throws {
        var environment = Self.environment
        environment["ALIBABA_CLOUD_SECURITY_TOKEN"] = Self.token + "\n"
        let error = await #expect(throws: CredentialsError.self) {
            _ = try await EnvironmentCredentialsProvider(environment: environment).credentials()
        }
        let message = try #require(error?.message)
        #expect(message.contains("security token"))
        #expect(message.contains("ALIBABA_CLOUD_SECURITY_TOKEN"))
        #expect(message.contains("U+000A"))
        #expect(!message.contains(Self.token))
        await #expect(throws: CredentialsError.self) {
            _ = try await StaticCredentialsProvider(Credentials(accessKeyId: "id\r", accessKeySecret: "s"))
                .credentials()
        }
    }

    @Test("an explicitly chosen profile wins over credentials in the environment")
    func explicitProfileWins() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("redaction-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent(".alibabacloud"), withIntermediateDirectories: true)
        try Data("[work]\naccess_key_id = LTAI-work\naccess_key_secret = work-secret\n".utf8)
            .write(to: home.appendingPathComponent(".alibabacloud/credentials"))
        var environment = Self.environment
        environment["HOME"] = home.path
        let chosen = try await DefaultCredentialsChain(profile: "work", environment: environment).credentials()
        #expect(chosen.accessKeyId == "LTAI-work")
        let unchosen = try await DefaultCredentialsChain(environment: environment).credentials()
        #expect(unchosen.accessKeyId == "LTAI-id")
    }
}

@Suite("URLs in descriptions and logs")
struct URLRedactionTests {
    @Test("a credentials URI's description drops its user information and its query")
    func credentialsURI() {
        let provider = URICredentialsProvider(uri: "https://user:pa55-v4lue@creds.example:8443/v1/creds?token=t0k3n#f")
        for text in RedactionTests.renderings(provider) {
            #expect(!text.contains("pa55-v4lue") && !text.contains("user") && !text.contains("t0k3n"), "\(text)")
            #expect(text.contains("https://creds.example:8443/v1/creds"), "\(text)")
        }
        let instance = ECSRAMRoleCredentialsProvider(endpoint: "http://admin:pa55-v4lue@127.0.0.1:9", environment: [:])
        #expect(!"\(instance)".contains("pa55-v4lue"), "\(instance)")
    }

    @Test("a request's description drops the URL's user information; a secret in the query is redacted")
    func request() {
        let request = HTTPRequest(
            method: "GET", url: "http://user:pa55-v4lue@127.0.0.1:9/?SecurityToken=t0k3n&Action=A", headers: [],
            body: [])
        for text in RedactionTests.renderings(request) {
            #expect(!text.contains("pa55-v4lue") && !text.contains("t0k3n"), "\(text)")
            #expect(text.contains("http://127.0.0.1:9/?SecurityToken=<redacted>&Action=A"), "\(text)")
        }
    }

    @Test(
        "Redaction.location keeps scheme, host, port and path",
        arguments: [
            ("https://u:p@h:1/p?q=1#f", "https://h:1/p"), ("http://h/p", "http://h/p"), ("h/p?x", "h/p"),
            ("http://u@h", "http://h"), ("http://h/a@b", "http://h/a@b"),
        ])
    func location(url: String, shown: String) {
        #expect(Redaction.location(url) == shown)
    }
}
