import Crypto
import Foundation

/// The legacy ROA signature (HMAC-SHA1, `Authorization: acs AccessKeyId:Signature`), which the
/// official SDKs use for ROA APIs when the legacy algorithm is chosen (``SignatureVersion/v1``).
///
/// `StringToSign = METHOD \n accept \n content-md5 \n content-type \n date \n` + each `x-acs-*`
/// header as `name:value\n` (sorted by name) + the resource: the encoded path, then `?` and the
/// query parameters sorted by name as `name=value` (raw values; a bare `name` for an empty value)
/// joined by `&`. The signature is `base64(HMAC-SHA1(secret, StringToSign))`. The headers are the
/// official SDK's: `date` (RFC 1123), `host`, `accept: application/json`, `x-acs-signature-nonce`,
/// `x-acs-signature-method: HMAC-SHA1`, `x-acs-signature-version: 1.0`, `x-acs-version`,
/// `x-acs-action`, `user-agent`, the header parameters, `content-type` with a body,
/// `x-acs-credentials-provider`, and with an STS token `x-acs-accesskey-id` and `x-acs-security-token`.
/// Only `x-acs-*` headers are signed, so a header parameter without that prefix is sent unsigned.
public enum ROASigner {
    /// Signs the input.
    public static func sign(_ input: SigningInput) -> SignedRequest {
        let (body, contentType) = input.payload
        var headers: [(name: String, value: String)] = [
            ("date", httpDate(input.date)),
            ("host", input.host),
            ("accept", "application/json"),
            ("x-acs-signature-nonce", input.nonce),
            ("x-acs-signature-method", "HMAC-SHA1"),
            ("x-acs-signature-version", "1.0"),
            ("x-acs-version", input.version),
            ("x-acs-action", input.action),
            ("user-agent", input.userAgent),
        ]
        headers += input.headers.map { (name: $0.name, value: $0.value) }
        if let contentType { headers.append(("content-type", contentType)) }
        let query = PercentEncoding.canonicalQuery(input.parameters)
        guard let credentials = input.credentials else {
            return SignedRequest(
                method: input.method, path: input.path, query: query, headers: headers, body: body,
                canonicalRequest: nil, stringToSign: "", signature: "")
        }
        headers.append(("x-acs-credentials-provider", credentials.securityToken == nil ? "static_ak" : "static_sts"))
        if let token = credentials.securityToken {
            headers += [("x-acs-accesskey-id", credentials.accessKeyId), ("x-acs-security-token", token)]
        }
        let stringToSign = Self.stringToSign(
            method: input.method, path: input.path, parameters: input.parameters, headers: headers)
        let signature = Self.signature(stringToSign: stringToSign, secret: credentials.accessKeySecret)
        headers.append(("authorization", "acs \(credentials.accessKeyId):\(signature)"))
        return SignedRequest(
            method: input.method, path: input.path, query: query, headers: headers, body: body,
            canonicalRequest: nil, stringToSign: stringToSign, signature: signature)
    }

    /// `base64(HMAC-SHA1(secret, stringToSign))`: the signature of a string to sign, for every gateway that signs
    /// this way (this signer, PDS's) and for a server verifying one.
    public static func signature(stringToSign: String, secret: String) -> String {
        let key = SymmetricKey(data: Array(secret.utf8))
        return Data(HMAC<Insecure.SHA1>.authenticationCode(for: Array(stringToSign.utf8), using: key))
            .base64EncodedString()
    }

    /// The string to sign of a request with these parts (header names compared in lower case).
    public static func stringToSign(
        method: String, path: String, parameters: [RPCQueryItem], headers: [(name: String, value: String)]
    ) -> String {
        let lowered = headers.map { (name: $0.name.lowercased(), value: $0.value) }
        func header(_ name: String) -> String { lowered.first { $0.name == name }?.value ?? "" }
        var text = [method, header("accept"), header("content-md5"), header("content-type"), header("date")]
            .map { $0 + "\n" }.joined()
        for (name, value) in lowered.filter({ $0.name.hasPrefix("x-acs-") }).sorted(by: { $0.name < $1.name }) {
            text += "\(name):\(value)\n"
        }
        text += path
        let sorted = parameters.sorted { $0.name < $1.name }
        if !sorted.isEmpty {
            text += "?" + sorted.map { $0.value.isEmpty ? $0.name : "\($0.name)=\($0.value)" }.joined(separator: "&")
        }
        return text
    }

    /// `EEE, dd MMM yyyy HH:mm:ss GMT`, as the `date` header is written.
    package static func httpDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        return "\(days[((parts.weekday ?? 1) - 1) % 7]), \(two(parts.day)) \(months[((parts.month ?? 1) - 1) % 12]) "
            + "\(parts.year ?? 1970) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) GMT"
    }
}
