import AliyunRuntime
import AliyunServerSupport
import Foundation
import Testing

/// RPC calls whose spec places parameters `in: formData` carry them in a form body, signed as the official
/// SDK signs them (V1 over query and body together, V3 through the body's hash); the gateway verifies them
/// and hands the operation both.
@Suite("RequestVerifier: form bodies")
struct FormBodyVerificationTests {
    static let body = [
        RPCQueryItem(name: "CaptchaVerifyParam", value: #"{"data":"x y+z"}"#),
        RPCQueryItem(name: "SceneId", value: "场景 1"),
    ]

    static func request(_ version: SignatureVersion, tamper: Bool = false) -> IncomingRequest {
        let input = SigningInput(
            host: "captcha.example", action: "VerifyIntelligentCaptcha", version: "2023-03-05",
            parameters: [RPCQueryItem(name: "RegionId", value: "cn-shanghai")], date: RequestVerifierTests.signedAt,
            nonce: "n-form", userAgent: "tests", credentials: RequestVerifierTests.permanent, body: body)
        let signed = version == .v3 ? V3Signer.sign(input) : V1Signer.sign(input)
        var headers: [String: String] = [:]
        for header in signed.headers { headers[header.name] = header.value }
        var sent = signed.body
        if tamper { sent = Array(String(decoding: sent, as: UTF8.self).replacingOccurrences(of: "1", with: "2").utf8) }
        return IncomingRequest(method: signed.method, target: "/?" + signed.query, headers: headers, body: sent)
    }

    @Test(
        "a form body verifies, and its parameters reach the operation with the query's",
        arguments: [SignatureVersion.v3, .v1])
    func verifies(version: SignatureVersion) async throws {
        let request = Self.request(version)
        #expect(request.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(!request.query.contains { $0.name == "SceneId" }, "the form parameters are not in the query")
        let verified = try await RequestVerifierTests.verifier().verify(request)
        #expect(Set(verified.parameters) == Set(Self.body + [RPCQueryItem(name: "RegionId", value: "cn-shanghai")]))
    }

    @Test("a body changed on the way is refused", arguments: [SignatureVersion.v3, .v1])
    func tampered(version: SignatureVersion) async {
        do {
            _ = try await RequestVerifierTests.verifier().verify(Self.request(version, tamper: true))
            Issue.record("a tampered body verified")
        } catch {
            #expect(error.code == "SignatureDoesNotMatch")
        }
    }
}
