import AliyunRuntime
import AliyunXML
import Foundation
import Testing

@testable import AliyunOSSRuntime

/// Browser form uploads (PostObject) signed with V4 by `OSSPostSigner`, posted as a browser posts them — a
/// `multipart/form-data` body over real HTTP — to the OSS emulator, which verifies the signature and every condition
/// of the policy as OSS does.
@Suite("PostObject: V4 policy signing")
struct PostObjectTests {
    static let signedAt = Date(timeIntervalSince1970: 1_796_000_000)

    /// A `multipart/form-data` body of `fields`, then the file, as a browser writes it.
    static func form(_ fields: [(String, String)], file: [UInt8], boundary: String = "9431149156168") -> [UInt8] {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cat.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
                .utf8)
        return body + file + Array("\r\n--\(boundary)--\r\n".utf8)
    }

    static func post(_ url: String, _ body: [UInt8]) async throws -> HTTPResponse {
        try await AsyncHTTPClientTransport.shared.send(
            HTTPRequest(
                method: "POST", url: url, headers: [("Content-Type", "multipart/form-data; boundary=9431149156168")],
                body: body),
            timeouts: Timeouts())
    }

    static let policy = OSSPostPolicy(
        expiration: Date().addingTimeInterval(3600),
        conditions: [
            .startsWith(field: "key", prefix: "uploads/"), .contentLengthRange(1...1024),
            .equals(field: "success_action_status", value: "201"),
        ])

    static func signedFields(_ policy: OSSPostPolicy = policy, key: Credentials = OSSCallerTests.key) -> [(
        String, String
    )] {
        OSSPostSigner.sign(policy, bucket: "bucket", region: "cn-hangzhou", credentials: key, at: Date()).fields.map {
            ($0.name, $0.value)
        }
    }

    @Test("the document and signature are the documented algorithm's (checked with Python's hmac)")
    func vector() throws {
        let policy = OSSPostPolicy(
            expiration: Date(timeIntervalSince1970: 1_796_003_600), conditions: [.contentLengthRange(1...1024)])
        let form = OSSPostSigner.sign(
            policy, bucket: "examplebucket", region: "cn-hangzhou",
            credentials: Credentials(accessKeyId: "LTAI5tExample", accessKeySecret: "secret"), at: Self.signedAt)
        let document = String(decoding: try #require(Data(base64Encoded: form.policy)), as: UTF8.self)
        #expect(
            document
                == #"{"conditions":[["content-length-range",1,1024],{"bucket":"examplebucket"},"#
                + #"{"x-oss-signature-version":"OSS4-HMAC-SHA256"},"#
                + #"{"x-oss-credential":"LTAI5tExample/20261130/cn-hangzhou/oss/aliyun_v4_request"},"#
                + #"{"x-oss-date":"20261130T005320Z"}],"expiration":"2026-11-30T01:53:20.000Z"}"#)
        // python3: k = b"aliyun_v4secret"; for p in ["20261130", "cn-hangzhou", "oss", "aliyun_v4_request"]:
        //   k = hmac.new(k, p.encode(), hashlib.sha256).digest()
        // hmac.new(k, base64.b64encode(document.encode()), hashlib.sha256).hexdigest()
        #expect(form.signature == "665cd61286df6f373ba0656306bee10bb81ac74abebf66f10f7b458611418b28")
        #expect(
            form.fields.map(\.name) == [
                "policy", "x-oss-signature-version", "x-oss-credential", "x-oss-date", "x-oss-signature",
            ])
    }

    @Test("a form within the policy is stored: 201 with PostResponse, the metadata and type kept, readable back")
    func upload() async throws {
        try await OSSCallerTests.withEmulator { oss, emulator in
            let bytes = Array("a cat".utf8)
            let fields =
                [("key", "uploads/${filename}"), ("success_action_status", "201"), ("x-oss-meta-owner", "ann")]
                + Self.signedFields()
            let answer = try await Self.post("\(emulator.url)/bucket", Self.form(fields, file: bytes))
            #expect(answer.status == 201)
            let document = try XMLReader.read(answer.body)
            #expect(document.text(of: "Key") == "uploads/cat.jpg")
            let stored = try await oss.send(OSSCall(method: "GET", bucket: "bucket", key: "uploads/cat.jpg"))
            #expect(try await stored.bytes() == bytes)
            #expect(stored.headers["x-oss-meta-owner"] == "ann")
            #expect(stored.headers["content-type"] == "image/jpeg")
        }
    }

    @Test("a form the policy does not allow, an expired policy or a wrong signature is refused with OSS's codes")
    func refusals() async throws {
        try await OSSCallerTests.withEmulator { _, emulator in
            let url = "\(emulator.url)/bucket"
            func refusal(_ fields: [(String, String)], file: [UInt8] = [1]) async throws -> OSSServiceError {
                let answer = try await Self.post(url, Self.form(fields, file: file))
                return OSSServiceError(status: answer.status, headers: answer.headers, body: answer.body)
            }
            let status = ("success_action_status", "201")
            let outside = try await refusal([("key", "elsewhere/x"), status] + Self.signedFields())
            #expect(outside.code == "AccessDenied")
            #expect(outside.message.contains("Policy Condition failed"))
            let large = try await refusal(
                [("key", "uploads/x"), status] + Self.signedFields(), file: .init(repeating: 0, count: 2048))
            #expect(large.code == "EntityTooLarge")
            let expired = OSSPostPolicy(expiration: Date().addingTimeInterval(-60), conditions: [])
            let late = try await refusal([("key", "uploads/x")] + Self.signedFields(expired))
            #expect(late.message.contains("Policy expired"))
            let forged = Self.signedFields().map {
                $0.0 == "x-oss-signature" ? ($0.0, String(repeating: "0", count: 64)) : $0
            }
            #expect(try await refusal([("key", "uploads/x"), status] + forged).code == "SignatureDoesNotMatch")
            let stranger = Credentials(accessKeyId: "LTAI-stranger", accessKeySecret: "x")
            #expect(
                try await refusal([("key", "uploads/x"), status] + Self.signedFields(key: stranger)).code
                    == "InvalidAccessKeyId")
        }
    }
}
