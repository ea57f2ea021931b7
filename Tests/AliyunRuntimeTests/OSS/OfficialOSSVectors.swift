import AliyunRuntime
import Foundation
import Testing

/// The official OSS SDK's signatures (`Fixtures/official-oss-vectors.json`, recorded by
/// `Scripts/official-oss-vectors/record_oss_vectors.py` and recorded again in CI), and how a test compares the
/// runtime's with them.
struct OfficialOSSVectors: Decodable {
    var time: String
    var endpoint: String
    var accessKeyId: String
    var accessKeySecret: String
    var v4: [Case]
    var v1: [Case]
    var addressing: Addressing

    /// Endpoints from regions, and URLs per addressing style.
    struct Addressing: Decodable {
        struct Region: Decodable {
            var region: String
            var kind: String
            var secure: Bool
            var endpoint: String
        }
        struct Address: Decodable {
            var endpoint: String
            var style: String
            var bucket: String?
            var key: String?
            var url: String
        }
        var regions: [Region]
        var urls: [Address]
    }

    /// One request and what the SDK made of it.
    struct Case: Decodable, CustomTestStringConvertible {
        var name: String
        var method: String
        var bucket: String?
        var key: String?
        var parameters: [[String]]?
        var headers: [String: String]
        var additionalHeaders: [String]?
        var subresources: [String]?
        var token: String?
        var region: String?
        var presign: Int?
        var url: String
        var signedHeaders: [String: String]
        var stringToSign: String

        var testDescription: String { name }
    }

    static let recorded: OfficialOSSVectors? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/official-oss-vectors.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(OfficialOSSVectors.self, from: data)
    }()

    /// The signing time.
    var date: Date? { ISO8601DateFormatter().date(from: time) }

    /// The case's request, for either signer.
    func request(_ vector: Case) -> OSSRequestToSign {
        var headers = OSSHeaders()
        for (name, value) in vector.headers.sorted(by: { $0.key < $1.key }) { headers.set(name, value) }
        return OSSRequestToSign(
            method: vector.method, bucket: vector.bucket, key: vector.key,
            query: (vector.parameters ?? []).map { OSSQueryItem($0[0], $0[1]) }, headers: headers,
            region: vector.region ?? "cn-hangzhou", additionalHeaders: Set(vector.additionalHeaders ?? []),
            subresources: Set(vector.subresources ?? []))
    }

    func credentials(_ vector: Case) -> Credentials {
        Credentials(accessKeyId: accessKeyId, accessKeySecret: accessKeySecret, securityToken: vector.token)
    }

    /// Expects the runtime's signature to give the SDK's URL (virtual-hosted), headers and string to sign.
    func expectSame(_ signature: OSSSignature, as vector: Case, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(signature.stringToSign == vector.stringToSign, sourceLocation: sourceLocation)
        let endpoint = URL(string: endpoint)?.host ?? ""
        let host = vector.bucket.map { "\($0).\(endpoint)" } ?? endpoint
        let query = signature.encodedQuery
        let url = "https://\(host)/\(OSSPercentEncoding.path(vector.key ?? ""))" + (query.isEmpty ? "" : "?\(query)")
        #expect(url == vector.url, sourceLocation: sourceLocation)
        let sent = Dictionary(signature.headers.entries.map { ($0.name.lowercased(), $0.value) }) { first, _ in first }
        #expect(sent == vector.signedHeaders, sourceLocation: sourceLocation)
    }
}
