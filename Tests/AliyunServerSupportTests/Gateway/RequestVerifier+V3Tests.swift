import AliyunRuntime
import AliyunServerSupport
import Foundation
import Testing

/// ROA calls signed with V3 (Function Compute 3.0, Cloud Control, AliGenie): the canonical URI is the operation's
/// path as the client encoded and sent it, the action and version are in `x-acs-action` and `x-acs-version`, and
/// every check of RPC's V3 still holds.
@Suite("RequestVerifier: V3 on a ROA path")
struct RequestVerifierV3Tests {
    static let signedAt = RequestVerifierTests.signedAt

    /// `/clusters/{ClusterId}/attach` with an id of unusual characters, encoded as a generated client encodes it.
    static func path(clusterId: String = "c/1 ü+*~") throws -> String {
        var encoder = ROARequestEncoder()
        encoder.encodePath(clusterId, forKey: "ClusterId")
        return try encoder.path("/clusters/{ClusterId}/attach")
    }

    /// A ROA POST with a path parameter, a query, a header parameter and a JSON body, signed with V3.
    static func request(
        credentials: Credentials = RequestVerifierTests.permanent, date: Date = signedAt, nonce: String = "n-v3-roa",
        edit: (inout IncomingRequest) -> Void = { _ in }
    ) throws -> IncomingRequest {
        var input = SigningInput(
            method: "POST", host: "cs.example", action: "AttachInstances", version: "2015-12-15",
            parameters: [RPCQueryItem(name: "region", value: "cn hangzhou+/中")], date: date, nonce: nonce,
            userAgent: "tests", credentials: credentials)
        input.path = try path()
        input.headers = [RPCQueryItem(name: "workspace", value: "ws 1+/=")]
        input.content = .json(.object(["password": .string("p@ss word + / 中文")]))
        return ReceivedRequest.from(V3Signer.sign(input), edit: edit)
    }

    static func refusal(
        _ request: IncomingRequest, verifier: RequestVerifier = RequestVerifierTests.verifier()
    ) async -> ServedError? {
        await ReceivedRequest.refusal(request, by: verifier)
    }

    @Test("a correct request verifies, with its action, version, method, path, query and headers; an STS one too")
    func verifies() async throws {
        let request = try Self.request()
        #expect(request.path == "/clusters/c%2F1%20%C3%BC%2B%2A~/attach")
        let verified = try await RequestVerifierTests.verifier().verify(request)
        #expect(verified.signatureVersion == .v3)
        #expect(verified.action == "AttachInstances")
        #expect(verified.version == "2015-12-15")
        #expect(verified.method == "POST")
        #expect(verified.path == "/clusters/c%2F1%20%C3%BC%2B%2A~/attach")
        #expect(verified.parameters == [RPCQueryItem(name: "region", value: "cn hangzhou+/中")])
        #expect(verified.headers["workspace"] == "ws 1+/=")
        let sts = try await RequestVerifierTests.verifier().verify(
            try Self.request(credentials: RequestVerifierTests.temporary))
        #expect(sts.accessKeyId == "STS.temp")
    }

    @Test(
        "another path, or the same path decoded or encoded otherwise: SignatureDoesNotMatch with the path signed",
        arguments: ["/clusters/c-2/attach", "/clusters/c/1 ü+*~/attach", "/clusters/c%2f1%20%c3%bc%2b%2a~/attach"])
    func changedPath(path: String) async throws {
        let error = try #require(await Self.refusal(try Self.request { $0.path = path }))
        #expect(error.code == "SignatureDoesNotMatch")
        #expect(error.message.contains("server string to sign is:ACS3-HMAC-SHA256\n"))
    }

    @Test("a changed body: SignatureDoesNotMatch")
    func changedBody() async throws {
        let request = try Self.request { $0.body = Array(#"{"password":"other"}"#.utf8) }
        #expect(await Self.refusal(request)?.code == "SignatureDoesNotMatch")
    }

    @Test(
        "a changed header parameter, action or version: SignatureDoesNotMatch",
        arguments: ["workspace", "x-acs-action", "x-acs-version"])
    func changedHeader(name: String) async throws {
        let request = try Self.request { $0.headers[name] = "changed" }
        #expect(await Self.refusal(request)?.code == "SignatureDoesNotMatch")
    }

    @Test("a changed query value: SignatureDoesNotMatch")
    func changedQuery() async throws {
        let request = try Self.request { $0.query = [RPCQueryItem(name: "region", value: "cn-beijing")] }
        #expect(await Self.refusal(request)?.code == "SignatureDoesNotMatch")
    }

    @Test("a date 16 minutes old: InvalidTimeStamp.Expired")
    func staleDate() async throws {
        let request = try Self.request(date: Self.signedAt - 960)
        #expect(await Self.refusal(request) == .timestampExpired)
    }

    @Test("the same nonce again: SignatureNonceUsed")
    func replayedNonce() async throws {
        let verifier = RequestVerifierTests.verifier()
        #expect(await Self.refusal(try Self.request(), verifier: verifier) == nil)
        #expect(await Self.refusal(try Self.request(), verifier: verifier) == .nonceUsed)
    }

    @Test("an unknown access key: InvalidAccessKeyId.NotFound")
    func unknownKey() async throws {
        let request = try Self.request(credentials: Credentials(accessKeyId: "LTAI-nobody", accessKeySecret: "s"))
        #expect(await Self.refusal(request) == .unknownAccessKey)
    }
}
