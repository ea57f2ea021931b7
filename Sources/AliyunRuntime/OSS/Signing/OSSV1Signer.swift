import Crypto
import Foundation

/// Object Storage Service's Signature V1 (`OSS AccessKeyId:Signature`, HMAC-SHA1), for endpoints and tools that
/// predate V4: in the `Authorization` header, or in a presigned URL's query (`OSSAccessKeyId`, `Expires`,
/// `Signature`), as the official OSS v2 SDKs sign it.
///
/// String to sign: `METHOD \n Content-MD5 \n Content-Type \n Date \n` + every `x-oss-*` header as `name:value\n`
/// (lower case, sorted) + the resource: `/bucket/key` as written (not encoded), then `?` and the sub-resources among
/// the query's parameters (``subresources``, decoded, sorted; a bare name for an empty value) joined by `&`. In a
/// presigned URL the date is the expiry in Unix seconds.
///
/// With an STS token, the header form sends `x-oss-security-token` (signed, as an `x-oss-*` header; the Go SDK's
/// choice: the Python SDK sends an unsigned `security-token` header instead), and the query form sends
/// `security-token` (a sub-resource, so signed).
public enum OSSV1Signer {
    /// The query parameters the resource includes (the official SDKs' list).
    public static let subresources: Set<String> = [
        "acl", "bucketInfo", "location", "stat", "delete", "append", "tagging", "objectMeta", "uploads", "uploadId",
        "partNumber", "security-token", "position", "response-content-type", "response-content-language",
        "response-expires", "response-cache-control", "response-content-disposition", "response-content-encoding",
        "restore", "callback", "callback-var", "versions", "versioning", "versionId", "sequential",
        "continuation-token", "regionList", "cloudboxes", "symlink", "resourceGroup",
    ]

    /// Signs in the `Authorization` header; adds `date`, the STS token and `authorization` to the headers.
    public static func sign(_ request: OSSRequestToSign, credentials: Credentials, at date: Date) -> OSSSignature {
        var headers = request.headers
        headers.set("date", OSSSigningTime(date).httpDate)
        if let token = credentials.securityToken { headers.set("x-oss-security-token", token) }
        let stringToSign = stringToSign(
            method: request.method, headers: headers, date: headers["x-oss-date"] ?? headers["date"] ?? "",
            resource: resource(request, query: request.query))
        let signature = signature(secret: credentials.accessKeySecret, stringToSign: stringToSign)
        headers.set("authorization", "OSS \(credentials.accessKeyId):\(signature)")
        return OSSSignature(
            headers: headers, query: request.query, canonicalRequest: "", stringToSign: stringToSign,
            signature: signature)
    }

    /// Signs in the query: a presigned URL valid until `expiry` (whole seconds).
    public static func presign(_ request: OSSRequestToSign, credentials: Credentials, expiry: Date) -> OSSSignature {
        var query = request.query.filter { $0.name != "Signature" && $0.name != "security-token" }
        let expires = String(Int(expiry.timeIntervalSince1970))
        query.set("OSSAccessKeyId", credentials.accessKeyId)
        query.set("Expires", expires)
        if let token = credentials.securityToken { query.set("security-token", token) }
        let stringToSign = stringToSign(
            method: request.method, headers: request.headers, date: expires, resource: resource(request, query: query))
        let signature = signature(secret: credentials.accessKeySecret, stringToSign: stringToSign)
        query.append(OSSQueryItem("Signature", signature))
        return OSSSignature(
            headers: request.headers, query: query, canonicalRequest: "", stringToSign: stringToSign,
            signature: signature, bareEmptyValues: true)
    }

    /// `/bucket/key` and the sub-resources.
    package static func resource(_ request: OSSRequestToSign, query: [OSSQueryItem]) -> String {
        var resource = "/"
        if let bucket = request.bucket { resource += bucket + "/" }
        if let key = request.key { resource += key }
        let signed = query.filter { subresources.contains($0.name) || request.subresources.contains($0.name) }
            .sorted { $0.name == $1.name ? $0.value < $1.value : $0.name < $1.name }
        guard !signed.isEmpty else { return resource }
        return resource + "?"
            + signed.map { $0.value.isEmpty ? $0.name : "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    package static func stringToSign(method: String, headers: OSSHeaders, date: String, resource: String) -> String {
        let ossHeaders = headers.entries.map { (name: $0.name.lowercased(), value: $0.value) }
            .filter { $0.name.hasPrefix("x-oss-") }
            .sorted { $0.name < $1.name }
            .map { "\($0.name):\($0.value)\n" }.joined()
        return "\(method)\n\(headers["content-md5"] ?? "")\n\(headers["content-type"] ?? "")\n\(date)\n"
            + ossHeaders + resource
    }

    package static func signature(secret: String, stringToSign: String) -> String {
        let key = SymmetricKey(data: Array(secret.utf8))
        return Data(HMAC<Insecure.SHA1>.authenticationCode(for: Array(stringToSign.utf8), using: key))
            .base64EncodedString()
    }
}
