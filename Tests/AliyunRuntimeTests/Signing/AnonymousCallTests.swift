import AliyunRuntime
import Foundation
import Testing

/// Calls whose spec takes no access key (STS `AssumeRoleWithOIDC`: `ARS_OIDC`; `Anonymous`) are sent as the
/// official SDK sends them: the same headers and query, no signature, and no credentials asked for.
@Suite("Anonymous calls")
struct AnonymousCallTests {
    static var input: SigningInput {
        var input = SignerTests.input
        input.credentials = nil
        return input
    }

    static func names(_ query: String) -> [String] {
        query.split(separator: "&").map { String($0.split(separator: "=")[0]) }
    }

    @Test("V1: Action, Version, Format, Timestamp and SignatureNonce only; no signature fields")
    func v1() {
        let signed = V1Signer.sign(Self.input)
        #expect(
            Set(Self.names(signed.query))
                == ["A", "B", "Action", "Version", "Format", "Timestamp", "SignatureNonce"])
        #expect(signed.header("Authorization") == nil)
        #expect(signed.signature.isEmpty && signed.stringToSign.isEmpty)
    }

    @Test("V3: the usual headers without Authorization or x-acs-credentials-provider, Format=json in the query")
    func v3() {
        let signed = V3Signer.sign(Self.input)
        #expect(signed.header("Authorization") == nil)
        #expect(signed.header("x-acs-credentials-provider") == nil)
        #expect(signed.header("x-acs-content-sha256") == V3Signer.payloadHash([]))
        #expect(signed.header("x-acs-signature-nonce") == "n-1")
        #expect(Self.names(signed.query) == ["A", "B", "Format"])
        let signedWithKey = V3Signer.sign(SignerTests.input)
        #expect(signedWithKey.header("Authorization") != nil, "a call with credentials is still signed")
    }

    @Test(
        "RPCClient asks no credentials for an anonymous call, and sends it unsigned",
        arguments: [SignatureVersion.v1, .v3])
    func client(version: SignatureVersion) async throws {
        let transport = ScriptedTransport([.reply(status: 200, body: "{}"), .reply(status: 200, body: "{}")])
        let client = RPCClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(host: "sts.aliyuncs.com"),
                credentials: StaticCredentialsProvider(Credentials(accessKeyId: "", accessKeySecret: "")),
                signatureVersion: version, retry: .disabled),
            transport: transport)
        let call = RPCCall(
            product: "Sts", version: "2015-04-01", action: "AssumeRoleWithOIDC",
            parameters: [RPCQueryItem(name: "OIDCToken", value: "a.b.c")], isAnonymous: true)
        let reply = try await client.call(call)
        #expect(reply.status == 200)
        let sent = try #require(await transport.requests.first)
        #expect(!sent.url.contains("Signature=") && !sent.url.contains("AccessKeyId="))
        #expect(!sent.headers.contains { $0.name.lowercased() == "authorization" })
        var signed = call
        signed.isAnonymous = false
        await #expect(throws: CredentialsError.self, "the same call signed asks for credentials, which are empty") {
            _ = try await client.call(signed)
        }
    }
}
