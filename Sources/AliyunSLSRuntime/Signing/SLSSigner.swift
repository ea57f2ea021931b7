import AliyunRuntime
import Crypto
import Foundation

/// Log Service's signature (its gateway's version 1): `Authorization: LOG AccessKeyId:Signature`, as the official
/// SDK's gateway (alibabacloud_gateway_sls) signs.
///
/// `StringToSign = METHOD \n content-md5 \n content-type \n date \n` + each header whose lower-cased name contains
/// `x-log-` or `x-acs-` as `name:value\n` (names sorted as written) + the resource: the path as it is before
/// percent-encoding, then `?` and the query parameters sorted by name as `name=value` (raw values) joined by `&`.
/// The signature is `base64(HMAC-SHA256(secret, StringToSign))`, announced by `x-log-signaturemethod: hmac-sha256`.
public enum SLSSigner {
    /// The `authorization` header's value and the string it signs; `path` is the resource, not percent-encoded;
    /// `headers` must already carry `date`, `content-md5`, `content-type` and `x-log-signaturemethod`.
    public static func authorization(
        method: String, path: String, query: [RPCQueryItem], headers: [(name: String, value: String)],
        credentials: Credentials
    ) -> (value: String, stringToSign: String) {
        let text = stringToSign(method: method, path: path, query: query, headers: headers)
        let key = SymmetricKey(data: Array(credentials.accessKeySecret.utf8))
        let signature = Data(HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: key)).base64EncodedString()
        return ("LOG \(credentials.accessKeyId):\(signature)", text)
    }

    /// The string to sign of a request with these parts.
    public static func stringToSign(
        method: String, path: String, query: [RPCQueryItem], headers: [(name: String, value: String)]
    ) -> String {
        func header(_ name: String) -> String { headers.first { $0.name.lowercased() == name }?.value ?? "" }
        var text = "\(method)\n\(header("content-md5"))\n\(header("content-type"))\n\(header("date"))\n"
        let signed = headers.filter {
            let name = $0.name.lowercased()
            return name.contains("x-log-") || name.contains("x-acs-")
        }
        for (name, value) in signed.sorted(by: { Array($0.name.utf8).lexicographicallyPrecedes($1.name.utf8) }) {
            text += "\(name):\(value)\n"
        }
        text += path
        let sorted = query.sorted { Array($0.name.utf8).lexicographicallyPrecedes($1.name.utf8) }
        if !sorted.isEmpty { text += "?" + sorted.map { "\($0.name)=\($0.value)" }.joined(separator: "&") }
        return text
    }
}
