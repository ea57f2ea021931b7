import AliyunRuntime
import AliyunServerSupport
import Foundation
import Testing

/// The requests the official Python SDKs sent (recorded in `AliyunRuntimeTests/Fixtures`), handed to the
/// `RequestVerifier` as a server receives them, at the time they were signed: every one verifies (V1, V3 on `/` and on
/// ROA paths, the legacy ROA signature, PDS's), so the verifier agrees with the official SDKs and not only with this
/// runtime's signers.
@Suite("The official SDKs' recorded requests verify at the emulated gateway")
struct OfficialVectorsVerificationTests {
    static let vectors =
        OfficialVector.cases(in: "official-sdk-signature-vectors.json", product: "-", prefix: "")
        + OfficialVector.cases(in: "official-sdk-roa-vectors.json", product: "-", prefix: "")
        + OfficialVector.cases(in: "official-sdk-gateway-vectors.json", product: "-pds-", prefix: "")
        + OfficialVector.cases(in: "official-sdk-gateway-vectors.json", product: "-aligenie-", prefix: "")

    @Test("the recorded vectors are there: RPC, ROA, PDS and AliGenie")
    func present() {
        #expect(Self.vectors.count == 26 + 46 + 6 + 6)
    }

    @Test("each recorded request verifies, with its action, version, method and path", arguments: vectors)
    func verifies(_ vector: OfficialVector) async throws {
        let signedAt = try Date(vector.timestamp, strategy: .iso8601)
        let verifier = RequestVerifier(
            keys: AccessKeyStore([
                Credentials(
                    accessKeyId: vector.accessKeyId, accessKeySecret: vector.accessKeySecret,
                    securityToken: vector.securityToken)
            ]), now: { signedAt }, roaDialect: vector.name.contains("-pds-") ? .pds : .alibabaCloud)
        let sent = vector.request
        let body =
            sent.bodyBase64.flatMap { Data(base64Encoded: $0) }.map { Array($0) } ?? Array((sent.body ?? "").utf8)
        let incoming = IncomingRequest(
            method: sent.method, path: sent.path,
            query: sent.query.map { RPCQueryItem(name: $0.key, value: $0.value) }, headers: sent.headers, body: body)
        let verified = try await verifier.verify(incoming)
        #expect(verified.action == incoming.headers["x-acs-action"] ?? incoming.parameter("Action"))
        #expect(verified.version == incoming.headers["x-acs-version"] ?? incoming.parameter("Version"))
        #expect(verified.method == sent.method)
        #expect(verified.path == sent.path)
        let isV3 = incoming.headers["authorization"]?.hasPrefix(V3Signer.algorithm) == true
        #expect(verified.signatureVersion == (isV3 ? .v3 : .v1))
    }
}
