import AliyunRuntime
import AliyunServerSupport
import Foundation
import Testing

/// PDS's gateway (`PDSGateway`) signs the legacy ROA signature over its own header set, and `DownloadFile` with a
/// `content-type` it does not send; a verifier for PDS (``ROASignatureDialect/pds``) checks it as that gateway
/// computes it.
@Suite("RequestVerifier: PDS's legacy ROA signature")
struct ROASignatureDialectTests {
    static let signedAt = RequestVerifierTests.signedAt

    static func pdsVerifier(now: Date = signedAt, nonces: NonceLedger = NonceLedger()) -> RequestVerifier {
        var verifier = RequestVerifierTests.verifier(now: now, nonces: nonces)
        verifier.roaDialect = .pds
        return verifier
    }

    /// A PDS call as `PDSGateway` sends it: ListDrive (a JSON body) or DownloadFile (a GET with a query).
    static func request(
        download: Bool = false, credentials: Credentials = RequestVerifierTests.permanent, date: Date = signedAt,
        nonce: String = "n-pds", edit: (inout IncomingRequest) -> Void = { _ in }
    ) -> IncomingRequest {
        var call = RPCCall(
            product: "PDS", version: "2022-03-01", action: download ? "DownloadFile" : "ListDrive",
            parameters: download
                ? [RPCQueryItem(name: "file_id", value: "f 1+/中"), RPCQueryItem(name: "drive_id", value: "1")] : [])
        call.style = .roa
        call.method = download ? "GET" : "POST"
        call.path = download ? "/v2/file/download" : "/v2/drive/list"
        var input = SigningInput(
            method: call.method, host: "bj1234.api.aliyunpds.com", action: call.action, version: call.version,
            parameters: call.parameters, date: date, nonce: nonce, userAgent: "tests", credentials: credentials)
        input.path = call.path
        if !download { input.content = .json(.object(["marker": .string("m 1+/"), "owner": .string("user 中")])) }
        let endpoint = ServiceEndpoint(host: "bj1234.api.aliyunpds.com")
        let sent = PDSGateway().request(
            for: call, input: input, endpoint: endpoint, configuration: RPCClientConfiguration(endpoint: endpoint))
        return ReceivedRequest.from(sent, edit: edit)
    }

    static func refusal(_ request: IncomingRequest, verifier: RequestVerifier = pdsVerifier()) async -> ServedError? {
        await ReceivedRequest.refusal(request, by: verifier)
    }

    @Test("ListDrive and DownloadFile verify, with a permanent key and with an STS token", arguments: [false, true])
    func verifies(download: Bool) async throws {
        let verified = try await Self.pdsVerifier().verify(Self.request(download: download))
        #expect(verified.signatureVersion == .v1)
        #expect(verified.action == (download ? "DownloadFile" : "ListDrive"))
        #expect(verified.version == "2022-03-01")
        #expect(verified.path == (download ? "/v2/file/download" : "/v2/drive/list"))
        let sts = Self.request(download: download, credentials: RequestVerifierTests.temporary)
        #expect(sts.headers["x-acs-accesskey-id"] == nil, "PDS's gateway sends the token alone")
        #expect(try await Self.pdsVerifier().verify(sts).accessKeyId == "STS.temp")
    }

    @Test("DownloadFile is signed with a content-type it does not send: the common gateway's reading refuses it")
    func downloadNeedsPDSDialect() async throws {
        let request = Self.request(download: true)
        #expect(request.headers["content-type"] == nil)
        let error = try #require(await Self.refusal(request, verifier: RequestVerifierTests.verifier()))
        #expect(error.code == "SignatureDoesNotMatch")
        let listDrive = Self.request()
        #expect(await Self.refusal(listDrive, verifier: RequestVerifierTests.verifier()) == nil)
    }

    @Test("a changed path, query or header: SignatureDoesNotMatch")
    func changed() async throws {
        #expect(await Self.refusal(Self.request { $0.path = "/v2/drive/get" })?.code == "SignatureDoesNotMatch")
        let query = Self.request(download: true) { $0.query[0].value = "f 2" }
        #expect(await Self.refusal(query)?.code == "SignatureDoesNotMatch")
        let header = Self.request { $0.headers["x-acs-version"] = "2016-03-01" }
        #expect(await Self.refusal(header)?.code == "SignatureDoesNotMatch")
        let sentType = Self.request(download: true) { $0.headers["content-type"] = "application/json" }
        #expect(await Self.refusal(sentType)?.code == "SignatureDoesNotMatch")
    }

    @Test("a stale date, a replayed nonce, an unknown key: refused")
    func refusals() async throws {
        #expect(await Self.refusal(Self.request(date: Self.signedAt - 960)) == .timestampExpired)
        let verifier = Self.pdsVerifier()
        #expect(await Self.refusal(Self.request(), verifier: verifier) == nil)
        #expect(await Self.refusal(Self.request(), verifier: verifier) == .nonceUsed)
        let nobody = Credentials(accessKeyId: "LTAI-nobody", accessKeySecret: "s")
        #expect(await Self.refusal(Self.request(credentials: nobody)) == .unknownAccessKey)
    }
}
