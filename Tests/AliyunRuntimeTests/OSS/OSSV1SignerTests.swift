import AliyunRuntime
import Foundation
import Testing

/// Signature V1 of OSS against the official OSS SDK for Python (``OfficialOSSVectors``).
@Suite("OSS Signature V1: the official SDK's vectors")
struct OSSV1SignerTests {
    static var cases: [OfficialOSSVectors.Case] { OfficialOSSVectors.recorded?.v1 ?? [] }

    @Test("the vectors cover header and query signing, sub-resources and tokens")
    func coverage() throws {
        let cases = try #require(OfficialOSSVectors.recorded?.v1, "Fixtures/official-oss-vectors.json is unreadable")
        #expect(cases.count >= 9)
        #expect(cases.contains { $0.presign != nil && $0.token != nil })
        #expect(cases.contains { $0.subresources != nil })
    }

    @Test("the same URL, headers, string to sign and signature as the official SDK", arguments: cases)
    func matches(_ vector: OfficialOSSVectors.Case) throws {
        let vectors = try #require(OfficialOSSVectors.recorded)
        let date = try #require(vectors.date)
        let request = vectors.request(vector)
        let signature =
            if let expires = vector.presign {
                OSSV1Signer.presign(
                    request, credentials: vectors.credentials(vector), expiry: date + TimeInterval(expires))
            } else {
                OSSV1Signer.sign(request, credentials: vectors.credentials(vector), at: date)
            }
        vectors.expectSame(signature, as: vector)
    }

    @Test("with an STS token the header form signs x-oss-security-token")
    func tokenHeader() {
        let request = OSSRequestToSign(method: "GET", bucket: "b", key: "k", region: "cn-hangzhou")
        let signature = OSSV1Signer.sign(
            request, credentials: Credentials(accessKeyId: "id", accessKeySecret: "s", securityToken: "tok"),
            at: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(signature.headers["x-oss-security-token"] == "tok")
        #expect(signature.stringToSign.contains("\nx-oss-security-token:tok\n/b/k"))
    }
}
