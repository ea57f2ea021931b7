import AliyunRuntime
import Foundation
import Testing

/// The signer reproduces, byte for byte, what Alibaba Cloud's official Python SDK
/// (alibabacloud-ecs20140526 7.11.8) computes and sends for the same inputs. The vectors are
/// recorded by `Scripts/official-sdk-vectors/record_vectors.py`; `.ci/run` records them again
/// from PyPI and fails when they differ from the committed file.
@Suite("Signature conformance with the official SDK")
struct OfficialSDKConformanceTests {
    struct Vectors: Decodable {
        var cases: [Case]
    }

    struct Case: Decodable, CustomTestStringConvertible {
        struct Request: Decodable {
            var method: String
            var path: String
            var headers: [String: String]
            var query: [String: String]
            var body: String?
            /// A body that is not text (OCR's image), base64.
            var bodyBase64: String?
        }

        var name: String
        var signatureVersion: String
        var accessKeyId: String
        var accessKeySecret: String
        var securityToken: String?
        var timestamp: String
        var nonce: String
        var userAgent: String
        var action: String
        var version: String
        var endpoint: String
        var parameters: [String: String]
        /// The parameters the SDK sends as a form body (`in: formData`).
        var bodyParameters: [String: String]?
        var request: Request
        var canonicalRequest: String?
        var canonicalizedQueryString: String?
        var stringToSign: String
        var signature: String
        var authorization: String?

        var testDescription: String { name }

        var input: SigningInput {
            var input = SigningInput(
                method: request.method, host: endpoint, action: action, version: version,
                parameters: parameters.keys.sorted().map { RPCQueryItem(name: $0, value: parameters[$0] ?? "") },
                date: (try? Date(timestamp, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0), nonce: nonce,
                userAgent: userAgent,
                credentials: Credentials(
                    accessKeyId: accessKeyId, accessKeySecret: accessKeySecret, securityToken: securityToken),
                body: (bodyParameters ?? [:]).keys.sorted().map {
                    RPCQueryItem(name: $0, value: bodyParameters?[$0] ?? "")
                })
            // A raw body (OCR's image) is sent as it is, `application/octet-stream`.
            input.content = rawBody.map(RequestContent.raw)
            return input
        }

        /// The raw body the SDK sent, when it was not text.
        var rawBody: [UInt8]? { request.bodyBase64.flatMap { Data(base64Encoded: $0) }.map { Array($0) } }

        /// The body the SDK sent, as text (empty for none).
        var sentBody: String { request.body ?? "" }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/official-sdk-signature-vectors.json")
        guard let data = try? Data(contentsOf: url), let vectors = try? JSONDecoder().decode(Vectors.self, from: data)
        else { return [] }
        return vectors.cases
    }()

    @Test("the vectors cover V3 and V1, with and without an STS token")
    func coverage() {
        #expect(Self.cases.count >= 16)
        #expect(Set(Self.cases.map(\.signatureVersion)) == ["v3", "v1"])
        #expect(Self.cases.contains { $0.securityToken != nil } && Self.cases.contains { $0.securityToken == nil })
    }

    @Test(
        "V3: canonical request, string to sign, signature and headers",
        arguments: cases.filter { $0.signatureVersion == "v3" })
    func v3(vector: Case) throws {
        let signed = V3Signer.sign(vector.input)
        #expect(signed.canonicalRequest == vector.canonicalRequest)
        #expect(signed.stringToSign == vector.stringToSign)
        #expect(signed.signature == vector.signature)
        #expect(signed.header("Authorization") == vector.authorization)
        for (name, value) in vector.request.headers where name != "Content-Length" {
            #expect(signed.header(name) == value, "\(name)")
        }
        #expect(signed.headers.count == vector.request.headers.count - 1)
        #expect(signed.body == (vector.rawBody ?? Array(vector.sentBody.utf8)))
    }

    @Test(
        "V1: canonical query, string to sign, signature and the query sent",
        arguments: cases.filter { $0.signatureVersion == "v1" })
    func v1(vector: Case) throws {
        let signed = V1Signer.sign(vector.input)
        #expect(signed.stringToSign == vector.stringToSign)
        #expect(signed.signature == vector.signature)
        // The canonicalized string covers the body's parameters too; the query sent holds only the query's.
        if vector.bodyParameters?.isEmpty ?? true {
            #expect(signed.query.hasPrefix(try #require(vector.canonicalizedQueryString) + "&Signature="))
        }
        var sent: [String: String] = [:]
        for pair in signed.query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? "" }
            sent[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        #expect(sent == vector.request.query)
        #expect(signed.body == (vector.rawBody ?? Array(vector.sentBody.utf8)))
        if !signed.body.isEmpty {
            #expect(signed.header("content-type") == vector.request.headers["content-type"])
        }
    }

    @Test("the vectors include an RPC API whose formData parameters go in a form body, V3 and V1")
    func formBodies() {
        let form = Self.cases.filter { $0.bodyParameters?.isEmpty == false }
        #expect(Set(form.map(\.signatureVersion)) == ["v3", "v1"])
        #expect(form.allSatisfy { $0.sentBody.contains("SceneId=") && $0.parameters.isEmpty })
    }
}
