import AliyunRuntime
import AliyunServerSupport
import Foundation
import Testing

/// Requests signed by the client's own signers, then verified as the gateway verifies them: every
/// refusal with the gateway's status and code.
@Suite("RequestVerifier: V3 and V1 signatures, as Alibaba Cloud's gateway checks them")
struct RequestVerifierTests {
    static let permanent = Credentials(accessKeyId: "LTAI-permanent", accessKeySecret: "secret-1")
    static let temporary = Credentials(accessKeyId: "STS.temp", accessKeySecret: "secret-2", securityToken: "token-2")
    static let signedAt = Date(timeIntervalSince1970: 1_790_000_000)

    static func verifier(now: Date = signedAt, nonces: NonceLedger = NonceLedger()) -> RequestVerifier {
        RequestVerifier(keys: AccessKeyStore([permanent, temporary]), nonces: nonces, now: { now })
    }

    static let parameters = [
        RPCQueryItem(name: "RegionId", value: "cn-hangzhou"), RPCQueryItem(name: "ImageName", value: "web 2024/α"),
    ]

    /// What a client sends: signed with `version`, as a server receives it.
    static func request(
        _ version: SignatureVersion, credentials: Credentials = permanent, date: Date = signedAt, nonce: String = "n-1",
        action: String = "ModifyImageAttribute", edit: (inout IncomingRequest) -> Void = { _ in }
    ) -> IncomingRequest {
        let input = SigningInput(
            host: "ecs.example", action: action, version: "2014-05-26", parameters: parameters, date: date,
            nonce: nonce, userAgent: "tests", credentials: credentials)
        let signed = version == .v3 ? V3Signer.sign(input) : V1Signer.sign(input)
        var headers: [String: String] = [:]
        for header in signed.headers { headers[header.name] = header.value }
        var request = IncomingRequest(method: signed.method, target: "/?" + signed.query, headers: headers)
        edit(&request)
        return request
    }

    func refusal(_ request: IncomingRequest, verifier: RequestVerifier = verifier()) async -> ServedError? {
        do {
            _ = try await verifier.verify(request)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "a V3 and a V1 request verify, with action, version and only the operation's parameters",
        arguments: [
            SignatureVersion.v3, .v1,
        ])
    func verifies(version: SignatureVersion) async throws {
        let verified = try await Self.verifier().verify(Self.request(version))
        #expect(verified.action == "ModifyImageAttribute")
        #expect(verified.version == "2014-05-26")
        #expect(verified.accessKeyId == "LTAI-permanent")
        #expect(verified.signatureVersion == version)
        #expect(Set(verified.parameters) == Set(Self.parameters))
        let sts = try await Self.verifier().verify(Self.request(version, credentials: Self.temporary))
        #expect(sts.accessKeyId == "STS.temp")
    }

    @Test(
        "a changed parameter, secret or body: 400 SignatureDoesNotMatch with the server's string to sign",
        arguments: [
            SignatureVersion.v3, .v1,
        ])
    func mismatch(version: SignatureVersion) async throws {
        let tampered = Self.request(version) { request in
            if let index = request.query.firstIndex(where: { $0.name == "RegionId" }) {
                request.query[index].value = "cn-beijing"
            }
        }
        let error = try #require(await refusal(tampered))
        #expect(error.status == 400)
        #expect(error.code == "SignatureDoesNotMatch")
        #expect(error.message.contains("server string to sign is:"))
        let wrongSecret = Self.request(
            version, credentials: Credentials(accessKeyId: "LTAI-permanent", accessKeySecret: "x"))
        #expect(await refusal(wrongSecret)?.code == "SignatureDoesNotMatch")
        if version == .v3 {
            let body = Self.request(.v3) { $0.body = Array("Tampered=1".utf8) }
            #expect(await refusal(body)?.code == "SignatureDoesNotMatch")
        }
    }

    @Test("an unknown access key: 404 InvalidAccessKeyId.NotFound", arguments: [SignatureVersion.v3, .v1])
    func unknownKey(version: SignatureVersion) async throws {
        let request = Self.request(version, credentials: Credentials(accessKeyId: "LTAI-nobody", accessKeySecret: "s"))
        #expect(await refusal(request) == .unknownAccessKey)
    }

    @Test(
        "a timestamp 15 minutes off passes, 16 minutes off either way is expired, a malformed one is refused",
        arguments: [SignatureVersion.v3, .v1])
    func timestamps(version: SignatureVersion) async throws {
        #expect(await refusal(Self.request(version), verifier: Self.verifier(now: Self.signedAt + 900)) == nil)
        #expect(
            await refusal(Self.request(version), verifier: Self.verifier(now: Self.signedAt + 960)) == .timestampExpired
        )
        #expect(
            await refusal(Self.request(version), verifier: Self.verifier(now: Self.signedAt - 960)) == .timestampExpired
        )
        let malformed = Self.request(version) { request in
            if version == .v3 {
                request.headers["x-acs-date"] = "yesterday"
            } else if let index = request.query.firstIndex(where: { $0.name == "Timestamp" }) {
                request.query[index].value = "yesterday"
            }
        }
        #expect(await refusal(malformed) == .timestampMalformed)
    }

    @Test(
        "a nonce used twice by the same key: 400 SignatureNonceUsed; another key may use it",
        arguments: [
            SignatureVersion.v3, .v1,
        ])
    func replay(version: SignatureVersion) async throws {
        let verifier = Self.verifier()
        #expect(await refusal(Self.request(version), verifier: verifier) == nil)
        #expect(await refusal(Self.request(version), verifier: verifier) == .nonceUsed)
        #expect(await refusal(Self.request(version, credentials: Self.temporary), verifier: verifier) == nil)
        #expect(await refusal(Self.request(version, nonce: "n-2"), verifier: verifier) == nil)
    }

    @Test(
        "an STS token that does not belong to the key, or a token on a permanent key: MismatchWithAccessKey",
        arguments: [SignatureVersion.v3, .v1])
    func securityToken(version: SignatureVersion) async throws {
        let wrongToken = Credentials(accessKeyId: "STS.temp", accessKeySecret: "secret-2", securityToken: "other")
        #expect(await refusal(Self.request(version, credentials: wrongToken)) == .securityTokenMismatch)
        let noToken = Credentials(accessKeyId: "STS.temp", accessKeySecret: "secret-2")
        #expect(await refusal(Self.request(version, credentials: noToken)) == .securityTokenMismatch)
        let tokenOnPermanent = Credentials(
            accessKeyId: "LTAI-permanent", accessKeySecret: "secret-1", securityToken: "t")
        #expect(await refusal(Self.request(version, credentials: tokenOnPermanent)) == .securityTokenMismatch)
    }

    @Test("no signature at all, another algorithm, an unsigned required header, another V1 method: refused by form")
    func form() async throws {
        let unsigned = IncomingRequest(method: "POST", target: "/?RegionId=cn-hangzhou", headers: [:])
        #expect(await refusal(unsigned)?.code == "IncompleteSignature")
        let otherAlgorithm = Self.request(.v3) {
            $0.headers["authorization"] = $0.headers["authorization"]?.replacingOccurrences(
                of: "ACS3-HMAC-SHA256", with: "ACS3-HMAC-SM3")
        }
        #expect(await refusal(otherAlgorithm)?.code == "IncompleteSignature")
        let hostNotSigned = Self.request(.v3) {
            $0.headers["authorization"] = $0.headers["authorization"]?.replacingOccurrences(of: "host;", with: "")
        }
        #expect(await refusal(hostNotSigned)?.message.contains("the header host must be signed") == true)
        let sha256 = Self.request(.v1) { request in
            if let index = request.query.firstIndex(where: { $0.name == "SignatureMethod" }) {
                request.query[index].value = "HMAC-SHA256"
            }
        }
        #expect(await refusal(sha256) == .signatureMethod)
    }

    @Test(
        "a signed request without an action: 400 MissingParameter naming Action", arguments: [SignatureVersion.v3, .v1])
    func missingAction(version: SignatureVersion) async throws {
        let error = try #require(await refusal(Self.request(version, action: "")))
        #expect(error == .missing("Action"))
        #expect(
            error.message
                == "The input parameter \"Action\" that is mandatory for processing this request is not supplied.")
    }

    @Test("the ledger forgets a nonce once its request would be refused as expired, by the server's clock")
    func ledgerWindow() async {
        let ledger = NonceLedger(window: 60)
        let t = Self.signedAt
        #expect(await ledger.record("n", accessKeyId: "k", signedAt: t, now: t) == .recorded)
        #expect(await ledger.record("n", accessKeyId: "k", signedAt: t, now: t + 60) == .replayed)
        #expect(await ledger.record("n", accessKeyId: "other", signedAt: t, now: t + 60) == .recorded)
        #expect(await ledger.record("x", accessKeyId: "k", signedAt: t + 61, now: t + 61) == .recorded)
        #expect(await ledger.count == 1, "the first two expired at t + 60")
        #expect(await ledger.record("n", accessKeyId: "k", signedAt: t + 61, now: t + 61) == .recorded)
    }

    @Test("a flood of fresh nonces levels off at the cap: anonymous callers have their own, and a full ledger refuses")
    func ledgerCapacity() async {
        let ledger = NonceLedger(window: 60, capacity: 100, anonymousCapacity: 10)
        let t = Self.signedAt
        let longNonce = String(repeating: "n", count: 2048)
        for index in 0..<10 {
            #expect(await ledger.record("\(longNonce)\(index)", accessKeyId: "", signedAt: t, now: t) == .recorded)
        }
        #expect(await ledger.record("one more", accessKeyId: "", signedAt: t, now: t) == .full)
        #expect(await ledger.record("signed", accessKeyId: "k", signedAt: t, now: t) == .recorded)
        #expect(await ledger.count == 11)
        #expect(await ledger.record("later", accessKeyId: "", signedAt: t + 61, now: t + 61) == .recorded)
        #expect(await ledger.count == 1)
    }

    @Test("a request while the ledger is full is throttled, not served with its nonce unrecorded")
    func fullLedgerThrottles() async throws {
        let ledger = NonceLedger(capacity: 1)
        let verifier = Self.verifier(nonces: ledger)
        _ = try await verifier.verify(Self.request(.v3, nonce: "first"))
        let error = try #require(await refusal(Self.request(.v3, nonce: "second"), verifier: verifier))
        #expect(error == .throttled)
    }

    @Test(
        "V3: a content-type or x-acs-* header sent but not signed is IncompleteSignature, as the gateway refuses it",
        arguments: ["content-type", "x-acs-extra", "X-Acs-Accesskey-Id"])
    func unsignedHeaderRefused(name: String) async throws {
        let request = Self.request(.v3) { $0.headers[name.lowercased()] = "added on the way" }
        let error = try #require(await refusal(request))
        #expect(error.code == "IncompleteSignature")
        #expect(error.message.contains(name.lowercased()))
    }

    @Test("V3: a header outside content-type and x-acs-* may travel unsigned (proxies add them)")
    func otherHeadersMayBeUnsigned() async throws {
        let request = Self.request(.v3) { $0.headers["x-forwarded-for"] = "10.0.0.1" }
        #expect(await refusal(request) == nil)
    }
}
