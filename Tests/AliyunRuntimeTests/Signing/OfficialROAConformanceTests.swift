import AliyunRuntime
import Foundation
import Testing

/// ROA requests signed and encoded byte for byte as Alibaba Cloud's official Python SDKs sign and
/// encode them (alibabacloud-cs20151215 7.2.3 and alibabacloud-ververica20220718 1.14.0, on
/// alibabacloud-tea-openapi 0.4.6): V3 (`ACS3-HMAC-SHA256` over the real path and the JSON body's hash)
/// and the legacy ROA signature (`acs AccessKeyId:Signature`). The vectors are recorded by
/// `Scripts/official-sdk-vectors/record_roa_vectors.py`; `.ci/run` records them again from PyPI and
/// fails when they differ from the committed file.
@Suite("ROA signature and encoding conformance with the official SDKs")
struct OfficialROAConformanceTests {
    struct Vectors: Decodable {
        var cases: [Case]
    }

    struct Case: Decodable, CustomTestStringConvertible {
        struct Params: Decodable {
            var method: String
            var pathname: String
        }

        struct Request: Decodable {
            var headers: [String: String]
            var body: String?
            /// A body that is not text (Function Compute's InvokeFunction), base64.
            var bodyBase64: String?
        }

        var name: String
        var signatureVersion: String
        var accessKeyId: String
        var accessKeySecret: String
        var securityToken: String?
        var timestamp: String
        var date: String
        var nonce: String
        var userAgent: String
        var action: String
        var version: String
        var endpoint: String
        var pathTemplate: String
        var pathParameters: [String: String]
        var query: [String: String]
        var queryJsonValues: [String: JSONValue]
        var headers: [String: String]
        var body: JSONValue?
        var bodyText: String?
        var params: Params
        var request: Request
        var canonicalRequest: String?
        var stringToSign: String
        var signature: String
        var authorization: String

        var testDescription: String { name }

        /// The body the SDK sent as bytes, when it was not text.
        var rawBody: [UInt8]? { request.bodyBase64.flatMap { Data(base64Encoded: $0) }.map { Array($0) } }

        /// The body the SDK sent.
        var sentBody: [UInt8] { rawBody ?? Array((request.body ?? "").utf8) }

        var input: SigningInput {
            var input = SigningInput(
                method: params.method, host: endpoint, action: action, version: version,
                parameters: query.keys.sorted().map { RPCQueryItem(name: $0, value: query[$0] ?? "") },
                date: (try? Date(timestamp, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0), nonce: nonce,
                userAgent: userAgent,
                credentials: Credentials(
                    accessKeyId: accessKeyId, accessKeySecret: accessKeySecret, securityToken: securityToken))
            input.path = params.pathname
            input.headers = headers.keys.sorted().map { RPCQueryItem(name: $0, value: headers[$0] ?? "") }
            input.content =
                rawBody.map(RequestContent.raw)
                ?? bodyText.map {
                    RequestContent(bytes: Array($0.utf8), contentType: RequestContent.jsonContentType)
                }
            return input
        }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/official-sdk-roa-vectors.json")
        guard let data = try? Data(contentsOf: url), let vectors = try? JSONDecoder().decode(Vectors.self, from: data)
        else { return [] }
        return vectors.cases
    }()

    @Test("the vectors cover both signatures, STS tokens, a path, a query, a JSON body and a header parameter")
    func coverage() {
        #expect(Self.cases.count >= 24)
        #expect(Set(Self.cases.map(\.signatureVersion)) == ["v3", "roa-v2"])
        #expect(Self.cases.contains { $0.securityToken != nil } && Self.cases.contains { $0.securityToken == nil })
        #expect(Self.cases.contains { !$0.query.isEmpty })
        #expect(Self.cases.contains { $0.bodyText != nil })
        #expect(Self.cases.contains { !$0.headers.isEmpty })
        #expect(Set(Self.cases.map(\.params.method)).isSuperset(of: ["GET", "POST", "DELETE"]))
    }

    @Test(
        "V3: canonical request over the path and body hash, string to sign, signature, headers",
        arguments: cases.filter { $0.signatureVersion == "v3" })
    func v3(vector: Case) {
        let signed = V3Signer.sign(vector.input)
        #expect(signed.canonicalRequest == vector.canonicalRequest)
        #expect(signed.stringToSign == vector.stringToSign)
        #expect(signed.signature == vector.signature)
        #expect(signed.header("Authorization") == vector.authorization)
        expectSameHeaders(signed, vector)
        #expect(signed.path == vector.params.pathname)
        #expect(signed.body == vector.sentBody)
    }

    @Test(
        "the legacy ROA signature: string to sign, signature, authorization, headers",
        arguments: cases.filter { $0.signatureVersion == "roa-v2" })
    func legacy(vector: Case) {
        let signed = ROASigner.sign(vector.input)
        #expect(signed.stringToSign == vector.stringToSign)
        #expect(signed.signature == vector.signature)
        #expect(signed.header("authorization") == vector.authorization)
        #expect(signed.header("date") == vector.date)
        expectSameHeaders(signed, vector)
        #expect(signed.body == vector.sentBody)
    }

    @Test("path parameters are percent-encoded into the path as the SDK builds it", arguments: cases)
    func path(vector: Case) throws {
        var encoder = ROARequestEncoder()
        for (name, value) in vector.pathParameters { encoder.encodePath(value, forKey: name) }
        #expect(try encoder.path(vector.pathTemplate) == vector.params.pathname)
    }

    @Test("JSON bodies and json-style query values are the SDK's bytes", arguments: cases)
    func json(vector: Case) throws {
        if let body = vector.body {
            #expect(RequestContent.json(body).bytes == Array((vector.bodyText ?? "").utf8))
        }
        for (name, value) in vector.queryJsonValues {
            var encoder = RPCQueryEncoder()
            try encoder.encodeJSON(value, forKey: name)
            #expect(encoder.items == [RPCQueryItem(name: name, value: vector.query[name] ?? "")])
        }
    }

    private func expectSameHeaders(_ signed: SignedRequest, _ vector: Case) {
        // requests adds Content-Length after signing; it is the transport's, not the signer's.
        let sent = vector.request.headers.filter { $0.key != "Content-Length" }
        for (name, value) in sent {
            #expect(signed.header(name) == value, "\(name)")
        }
        #expect(signed.headers.count == sent.count)
    }
}
