import AliyunRuntime
import Foundation
import Testing

/// Signature V4 of OSS against the official OSS SDK for Python (`Fixtures/official-oss-vectors.json`, recorded by
/// `Scripts/official-oss-vectors/record_oss_vectors.py` and recorded again in CI): the same request, time and keys
/// give the same URL, headers, string to sign and signature.
@Suite("OSS Signature V4: the official SDK's vectors")
struct OSSV4SignerTests {
    struct Vectors: Decodable {
        var time: String
        var endpoint: String
        var accessKeyId: String
        var accessKeySecret: String
        var v4: [Case]
    }

    struct Case: Decodable, CustomTestStringConvertible {
        var name: String
        var method: String
        var bucket: String?
        var key: String?
        var parameters: [[String]]?
        var headers: [String: String]
        var additionalHeaders: [String]?
        var token: String?
        var region: String?
        var presign: Int?
        var url: String
        var signedHeaders: [String: String]
        var stringToSign: String

        var testDescription: String { name }
    }

    static let vectors: Vectors? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/official-oss-vectors.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Vectors.self, from: data)
    }()

    static var cases: [Case] { vectors?.v4 ?? [] }

    @Test("the vectors cover header and query signing, tokens, sub-resources and additional headers")
    func coverage() throws {
        let cases = try #require(Self.vectors?.v4, "Fixtures/official-oss-vectors.json is missing or unreadable")
        #expect(cases.count >= 18)
        #expect(cases.contains { $0.presign != nil && $0.token != nil })
        #expect(cases.contains { $0.presign == nil && $0.token != nil })
        #expect(cases.contains { $0.additionalHeaders != nil && $0.presign == nil })
        #expect(cases.contains { $0.bucket == nil })
    }

    @Test("the same URL, headers, string to sign and signature as the official SDK", arguments: cases)
    func matches(_ vector: Case) throws {
        let vectors = try #require(Self.vectors)
        let date = try #require(ISO8601DateFormatter().date(from: vectors.time))
        var headers = OSSHeaders()
        for (name, value) in vector.headers.sorted(by: { $0.key < $1.key }) { headers.set(name, value) }
        let request = OSSRequestToSign(
            method: vector.method, bucket: vector.bucket, key: vector.key,
            query: (vector.parameters ?? []).map { OSSQueryItem($0[0], $0[1]) }, headers: headers,
            region: vector.region ?? "cn-hangzhou", additionalHeaders: Set(vector.additionalHeaders ?? []))
        let credentials = Credentials(
            accessKeyId: vectors.accessKeyId, accessKeySecret: vectors.accessKeySecret, securityToken: vector.token)
        let signature =
            if let expires = vector.presign {
                OSSV4Signer.presign(request, credentials: credentials, at: date, expires: expires)
            } else {
                OSSV4Signer.sign(request, credentials: credentials, at: date)
            }
        #expect(signature.stringToSign == vector.stringToSign)
        let endpoint = try #require(URL(string: vectors.endpoint)?.host)
        let host = vector.bucket.map { "\($0).\(endpoint)" } ?? endpoint
        let query = signature.encodedQuery
        let url = "https://\(host)/\(OSSPercentEncoding.path(vector.key ?? ""))" + (query.isEmpty ? "" : "?\(query)")
        #expect(url == vector.url)
        let sent = Dictionary(signature.headers.entries.map { ($0.name.lowercased(), $0.value) }) { first, _ in first }
        #expect(sent == vector.signedHeaders)
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
