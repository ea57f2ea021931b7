import AliyunRuntime
import Foundation
import Testing

/// Signature V4 of OSS against the official OSS SDK for Python (``OfficialOSSVectors``): the same request, time and
/// keys give the same URL, headers, string to sign and signature.
@Suite("OSS Signature V4: the official SDK's vectors")
struct OSSV4SignerTests {
    static var cases: [OfficialOSSVectors.Case] { OfficialOSSVectors.recorded?.v4 ?? [] }

    @Test("the vectors cover header and query signing, tokens, sub-resources and additional headers")
    func coverage() throws {
        let cases = try #require(OfficialOSSVectors.recorded?.v4, "Fixtures/official-oss-vectors.json is unreadable")
        #expect(cases.count >= 18)
        #expect(cases.contains { $0.presign != nil && $0.token != nil })
        #expect(cases.contains { $0.presign == nil && $0.token != nil })
        #expect(cases.contains { $0.additionalHeaders != nil && $0.presign == nil })
        #expect(cases.contains { $0.bucket == nil })
    }

    @Test("the same URL, headers, string to sign and signature as the official SDK", arguments: cases)
    func matches(_ vector: OfficialOSSVectors.Case) throws {
        let vectors = try #require(OfficialOSSVectors.recorded)
        let date = try #require(vectors.date)
        let request = vectors.request(vector)
        let signature =
            if let expires = vector.presign {
                OSSV4Signer.presign(request, credentials: vectors.credentials(vector), at: date, expires: expires)
            } else {
                OSSV4Signer.sign(request, credentials: vectors.credentials(vector), at: date)
            }
        vectors.expectSame(signature, as: vector)
    }

    @Test("a wrong secret, time or region gives another signature")
    func sensitivity() throws {
        let request = OSSRequestToSign(method: "GET", bucket: "b", key: "k", region: "cn-hangzhou")
        let credentials = Credentials(accessKeyId: "id", accessKeySecret: "secret")
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let base = OSSV4Signer.sign(request, credentials: credentials, at: date).signature
        #expect(
            OSSV4Signer.sign(request, credentials: Credentials(accessKeyId: "id", accessKeySecret: "other"), at: date)
                .signature != base)
        #expect(OSSV4Signer.sign(request, credentials: credentials, at: date + 1).signature != base)
        var elsewhere = request
        elsewhere.region = "cn-beijing"
        #expect(OSSV4Signer.sign(elsewhere, credentials: credentials, at: date).signature != base)
    }
}
