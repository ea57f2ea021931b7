import AliyunRuntime
import Foundation
import Testing

/// A server's message may quote the request it refused: V1's `SignatureDoesNotMatch` carries the server's
/// string to sign, which holds the `SecurityToken`. Every rendering of the error hides it.
@Suite("Service error messages are redacted")
struct ServiceErrorRedactionTests {
    /// An STS token's shape: base64, so `+`, `/` and `=` that percent-encoding changes.
    static let token = "CAIS8gF1q6Ft5B2yfSjIr5b+Kdz/3Ij1hvu8MUjVh0gfaN5qhLzp0Tz2IHxMdHFpB+4e"
    static let signature = "k8Rj2p/Nw0+aV1cT3e6yQkQYwd0="

    /// The string to sign Alibaba Cloud's gateway answers with: `POST&%2F&` and the canonical query,
    /// percent-encoded once more (so the token is encoded twice, `+` as `%252B`).
    static func v1StringToSign(token: String = token) -> String {
        let query = PercentEncoding.canonicalQuery([
            RPCQueryItem(name: "AccessKeyId", value: "STS.NUgYrLnoC37mZZCNnAbez2G8v"),
            RPCQueryItem(name: "Action", value: "DescribeRegions"),
            RPCQueryItem(name: "Format", value: "JSON"),
            RPCQueryItem(name: "SecurityToken", value: token),
            RPCQueryItem(name: "SignatureMethod", value: "HMAC-SHA1"),
            RPCQueryItem(name: "SignatureNonce", value: "9b3c4a5e-1f2d"),
            RPCQueryItem(name: "SignatureVersion", value: "1.0"),
            RPCQueryItem(name: "Timestamp", value: "2026-03-01T08:00:00Z"),
            RPCQueryItem(name: "Version", value: "2014-05-26"),
        ])
        return "POST&%2F&" + PercentEncoding.rfc3986(query)
    }

    /// A V1 `SignatureDoesNotMatch` body as ECS answers it.
    static func v1Body(token: String = token) throws -> [UInt8] {
        let message =
            "Specified signature is not matched with our calculation. server string to sign is:"
            + v1StringToSign(token: token)
        let object: [String: String] = [
            "RequestId": "5B1D3F9A-0C57-5E1B-9E8A-2C3D4E5F6A7B", "HostId": "ecs.cn-hangzhou.aliyuncs.com",
            "Code": "SignatureDoesNotMatch", "Message": message,
            "Recommend": "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Ecs",
        ]
        return [UInt8](try JSONSerialization.data(withJSONObject: object))
    }

    /// Every form the token can take in a message: as is, and percent-encoded once and twice.
    static func forms(of secret: String) -> [String] {
        let once = PercentEncoding.rfc3986(secret)
        return [secret, once, PercentEncoding.rfc3986(once)]
    }

    static func expectHidden(_ text: String, _ secrets: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in secrets {
            for form in forms(of: secret) {
                #expect(!text.contains(form), "\(text)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("a V1 SignatureDoesNotMatch: message, description and a typed error hide the token; the raw text stays")
    func v1SignatureDoesNotMatch() throws {
        let error = try #require(ServiceErrorDecoder.decode(status: 400, body: try Self.v1Body()) as? ServiceError)
        #expect(error.code == "SignatureDoesNotMatch")
        var dumped = ""
        dump(error, to: &dumped)
        for text in [error.message, error.description, "\(error)", String(reflecting: error), dumped] {
            Self.expectHidden(text, [Self.token])
            #expect(text.contains("SecurityToken%3D<redacted>%26SignatureMethod%3DHMAC-SHA1"), "\(text)")
            #expect(text.contains("Action%3DDescribeRegions"), "the rest of the string to sign is kept: \(text)")
        }
        #expect(error.unredactedMessage.contains(PercentEncoding.rfc3986(PercentEncoding.rfc3986(Self.token))))
    }

    @Test("the XML form and an unreadable body hide the token too")
    func otherBodies() throws {
        let xml =
            "<Error><Code>SignatureDoesNotMatch</Code><Message>server string to sign is:"
            + Self.v1StringToSign().replacingOccurrences(of: "&", with: "&amp;")
            + "</Message><RequestId>R</RequestId></Error>"
        let error = try #require(ServiceErrorDecoder.decode(status: 400, body: Array(xml.utf8)) as? ServiceError)
        Self.expectHidden(error.description, [Self.token])
        #expect(error.description.contains("SecurityToken%3D<redacted>%26"))
        let html = "<html>Bad request to /?SecurityToken=" + PercentEncoding.rfc3986(Self.token) + "&Action=X</html>"
        let unreadable = ServiceErrorDecoder.decode(status: 502, body: Array(html.utf8))
        #expect(unreadable is UnreadableErrorBody)
        Self.expectHidden("\(unreadable)", [Self.token])
        #expect("\(unreadable)".contains("SecurityToken=<redacted>&Action=X"))
    }

    @Test("a success answer that does not decode shows its start without the credentials it carries")
    func responseDecodingError() {
        let body =
            #"{"RequestId":"R","Credentials":{"AccessKeyId":"STS.id","AccessKeySecret":"role-s3cr3t","#
            + #""SecurityToken":"\#(Self.token)","Expiration":7}}"#
        let error = ResponseDecodingError(
            action: "AssumeRole", reply: RPCReply(status: 200, body: Array(body.utf8)), underlying: "Expiration")
        Self.expectHidden(error.description, [Self.token, "role-s3cr3t"])
        #expect(error.description.contains(#""AccessKeyId":"STS.id""#), "\(error)")
    }

    @Test(
        "each form a secret takes in a message is redacted",
        arguments: [
            // V1 string to sign: the canonical query encoded again.
            (
                "a%26SecurityToken%3D\(PercentEncoding.rfc3986(PercentEncoding.rfc3986(token)))%26b",
                "a%26SecurityToken%3D<redacted>%26b"
            ),
            // Encoded once more still (a message quoting a URL-encoded string to sign).
            ("a%2526Signature%253D\(PercentEncoding.rfc3986(signature))%2526b", "a%2526Signature%253D<redacted>%2526b"),
            // A raw query.
            (
                "/?AccessKeyId=LTAI&Signature=\(PercentEncoding.rfc3986(signature))&SignatureNonce=n",
                "/?AccessKeyId=LTAI&Signature=<redacted>&SignatureNonce=n"
            ),
            // V3 and ROA headers in a canonical request or string to sign.
            (
                "host:ecs\nx-acs-security-token:\(token)\nx-acs-date:d",
                "host:ecs\nx-acs-security-token:<redacted>\nx-acs-date:d"
            ),
            ("Authorization: acs LTAI:\(signature)\nDate: d", "Authorization: <redacted>\nDate: d"),
            (
                "ACS3-HMAC-SHA256 Credential=LTAI,SignedHeaders=host,Signature=0a1b2c3d",
                "ACS3-HMAC-SHA256 Credential=LTAI,SignedHeaders=host,Signature=<redacted>"
            ),
            // JSON quoted in a message.
            (
                #"{"AccessKeySecret":"s3cr3t","SecurityToken": "\#(token)"}"#,
                #"{"AccessKeySecret":"<redacted>","SecurityToken": "<redacted>"}"#
            ),
            // XML elements.
            (
                "<AccessKeySecret>s3cr3t</AccessKeySecret><SecurityToken>\(token)</SecurityToken>",
                "<AccessKeySecret><redacted></AccessKeySecret><SecurityToken><redacted></SecurityToken>"
            ),
            // Names that only start like a secret one, and prose, are kept.
            ("SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dn", "SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dn"),
            (
                "Specified signature is not matched with our calculation.",
                "Specified signature is not matched with our calculation."
            ),
        ])
    func forms(text: String, redacted: String) {
        #expect(Redaction.text(text) == redacted)
    }
}
