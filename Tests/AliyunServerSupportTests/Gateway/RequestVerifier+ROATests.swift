import AliyunRuntime
import AliyunServerSupport
import Foundation
import Testing

/// The legacy ROA signature (`Authorization: acs ID:base64(HMAC-SHA1)`) as `ROASigner` writes it, verified as
/// Alibaba Cloud's gateway verifies it: over the path as sent, the query, `accept`, `content-md5`, `content-type`,
/// `date` and every `x-acs-*` header; the date within 15 minutes, the nonce used once.
@Suite("RequestVerifier: the legacy ROA signature")
struct RequestVerifierROATests {
    static let signedAt = RequestVerifierTests.signedAt
    static let body = Array("a raw body: 中文 + / ~".utf8)
    /// The base64 MD5 of ``body``.
    static let bodyMD5 = "Qr9d5SEkAUjLejFw7xkxjQ=="

    /// A ROA POST with a path parameter, a query, a header parameter (`content-md5` unless told not to) and a body.
    static func request(
        credentials: Credentials = RequestVerifierTests.permanent, date: Date = signedAt, nonce: String = "n-roa",
        contentMD5: String? = bodyMD5, edit: (inout IncomingRequest) -> Void = { _ in }
    ) throws -> IncomingRequest {
        var input = SigningInput(
            method: "POST", host: "cs.example", action: "AttachInstances", version: "2015-12-15",
            parameters: [
                RPCQueryItem(name: "region", value: "cn hangzhou+/中"), RPCQueryItem(name: "flag", value: ""),
            ], date: date, nonce: nonce, userAgent: "tests", credentials: credentials)
        input.path = try RequestVerifierV3Tests.path()
        input.headers = [RPCQueryItem(name: "x-acs-resource-group", value: "rg 1+/=")]
        if let contentMD5 { input.headers.append(RPCQueryItem(name: "content-md5", value: contentMD5)) }
        input.content = .raw(body)
        return ReceivedRequest.from(ROASigner.sign(input), edit: edit)
    }

    static func refusal(
        _ request: IncomingRequest, verifier: RequestVerifier = RequestVerifierTests.verifier()
    ) async -> ServedError? {
        await ReceivedRequest.refusal(request, by: verifier)
    }

    @Test("a correct request verifies as the legacy signature, with its action, version, method, path and query")
    func verifies() async throws {
        let request = try Self.request()
        #expect(request.headers["authorization"]?.hasPrefix("acs LTAI-permanent:") == true)
        let verified = try await RequestVerifierTests.verifier().verify(request)
        #expect(verified.signatureVersion == .v1)
        #expect(verified.accessKeyId == "LTAI-permanent")
        #expect(verified.action == "AttachInstances")
        #expect(verified.version == "2015-12-15")
        #expect(verified.method == "POST")
        #expect(verified.path == "/clusters/c%2F1%20%C3%BC%2B%2A~/attach")
        #expect(
            Set(verified.parameters) == [
                .init(name: "region", value: "cn hangzhou+/中"), .init(name: "flag", value: ""),
            ])
        let sts = try await RequestVerifierTests.verifier().verify(
            try Self.request(credentials: RequestVerifierTests.temporary))
        #expect(sts.accessKeyId == "STS.temp")
    }

    @Test(
        "another path, or the same path decoded or encoded otherwise: SignatureDoesNotMatch with the string signed",
        arguments: ["/clusters/c-2/attach", "/clusters/c/1 ü+*~/attach", "/clusters/c%2f1%20%c3%bc%2b%2a~/attach"])
    func changedPath(path: String) async throws {
        let error = try #require(await Self.refusal(try Self.request { $0.path = path }))
        #expect(error.code == "SignatureDoesNotMatch")
        #expect(error.message.hasSuffix("\n\(path)?flag&region=cn hangzhou+/中"))
    }

    @Test("a changed body under a content-md5, or a content-md5 not the body's: SignatureDoesNotMatch")
    func changedBody() async throws {
        let changed = try Self.request { $0.body = Array("another body".utf8) }
        #expect(await Self.refusal(changed)?.code == "SignatureDoesNotMatch")
        let wrongDigest = try Self.request(contentMD5: "AAAAAAAAAAAAAAAAAAAAAA==")
        #expect(await Self.refusal(wrongDigest)?.code == "SignatureDoesNotMatch")
    }

    @Test("without content-md5 (as the official SDKs send it) the signature does not cover the body")
    func bodyWithoutDigest() async throws {
        let request = try Self.request(contentMD5: nil) { $0.body = Array("another body".utf8) }
        #expect(await Self.refusal(request) == nil)
    }

    @Test(
        "a changed signed header, or an x-acs-* header added on the way: SignatureDoesNotMatch",
        arguments: ["x-acs-resource-group", "x-acs-version", "x-acs-action", "accept", "content-type", "x-acs-added"])
    func changedHeader(name: String) async throws {
        let request = try Self.request { $0.headers[name] = "changed" }
        #expect(await Self.refusal(request)?.code == "SignatureDoesNotMatch")
    }

    @Test("a changed query value: SignatureDoesNotMatch")
    func changedQuery() async throws {
        let request = try Self.request { $0.query[0].value = "cn-beijing" }
        #expect(await Self.refusal(request)?.code == "SignatureDoesNotMatch")
    }

    @Test("a date 15 minutes off passes; 16 minutes off either way is expired; another form or none is refused")
    func dates() async throws {
        let later = RequestVerifierTests.verifier(now: Self.signedAt + 900)
        #expect(await Self.refusal(try Self.request(), verifier: later) == nil)
        #expect(await Self.refusal(try Self.request(date: Self.signedAt - 960)) == .timestampExpired)
        #expect(await Self.refusal(try Self.request(date: Self.signedAt + 960)) == .timestampExpired)
        let iso = try Self.request { $0.headers["date"] = "2026-09-21T14:13:20Z" }
        #expect(await Self.refusal(iso) == .timestampMalformed)
        let wrongWeekday = try Self.request {
            $0.headers["date"] = $0.headers["date"].map { "Tue" + $0.dropFirst(3) }
        }
        #expect(await Self.refusal(wrongWeekday) == .timestampMalformed)
        #expect(await Self.refusal(try Self.request { $0.headers["date"] = nil }) == .missing("Date"))
    }

    @Test("the same nonce again: SignatureNonceUsed; no nonce: MissingParameter")
    func nonces() async throws {
        let verifier = RequestVerifierTests.verifier()
        #expect(await Self.refusal(try Self.request(), verifier: verifier) == nil)
        #expect(await Self.refusal(try Self.request(), verifier: verifier) == .nonceUsed)
        #expect(await Self.refusal(try Self.request(nonce: "n-roa-2"), verifier: verifier) == nil)
        let unsignedNonce = try Self.request(nonce: "")
        #expect(await Self.refusal(unsignedNonce) == .missing("x-acs-signature-nonce"))
    }

    @Test("an unknown access key: InvalidAccessKeyId.NotFound")
    func unknownKey() async throws {
        let request = try Self.request(credentials: Credentials(accessKeyId: "LTAI-nobody", accessKeySecret: "s"))
        #expect(await Self.refusal(request) == .unknownAccessKey)
    }

    @Test("a wrong secret: SignatureDoesNotMatch; a token not the key's: MismatchWithAccessKey")
    func secretAndToken() async throws {
        let wrongSecret = Credentials(accessKeyId: "LTAI-permanent", accessKeySecret: "x")
        #expect(await Self.refusal(try Self.request(credentials: wrongSecret))?.code == "SignatureDoesNotMatch")
        let wrongToken = Credentials(accessKeyId: "STS.temp", accessKeySecret: "secret-2", securityToken: "other")
        #expect(await Self.refusal(try Self.request(credentials: wrongToken)) == .securityTokenMismatch)
    }

    @Test("another signature method, no method, or an Authorization without a signature: refused by form")
    func form() async throws {
        let sha256 = try Self.request { $0.headers["x-acs-signature-method"] = "HMAC-SHA256" }
        #expect(await Self.refusal(sha256) == .signatureMethod)
        let noMethod = try Self.request { $0.headers["x-acs-signature-method"] = nil }
        #expect(await Self.refusal(noMethod) == .missing("x-acs-signature-method"))
        let noSignature = try Self.request { $0.headers["authorization"] = "acs LTAI-permanent" }
        #expect(await Self.refusal(noSignature)?.code == "IncompleteSignature")
    }
}
