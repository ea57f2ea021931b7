import Crypto
import Foundation

/// Object Storage Service's Signature V4 (`OSS4-HMAC-SHA256`), as the official OSS v2 SDKs sign: in the
/// `Authorization` header, or in the query of a presigned URL.
///
/// - Canonical request: `METHOD \n URI \n query \n headers \n additional headers \n UNSIGNED-PAYLOAD`, where the URI is
///   `/bucket/key` percent-encoded with `/` kept, the query is the encoded `name=value` pairs (a bare `name` for
///   an empty value) sorted, and the signed headers are every `x-oss-*` header, `content-type`, `content-md5` and
///   the additional headers asked for, each `name:value\n` in lower case, sorted.
/// - String to sign: `OSS4-HMAC-SHA256 \n yyyyMMddTHHmmssZ \n scope \n V3Signer.hex(SHA-256(canonical request))`, the scope
///   `yyyyMMdd/region/oss/aliyun_v4_request`.
/// - Key: HMAC-SHA256 chained over `aliyun_v4` + secret, the date, the region, the product, `aliyun_v4_request`.
public enum OSSV4Signer {
    /// The algorithm's name, in the header and the string to sign.
    public static let algorithm = "OSS4-HMAC-SHA256"
    /// The payload hash OSS accepts in place of the body's: the body is not signed (its integrity is CRC-64's).
    public static let unsignedPayload = "UNSIGNED-PAYLOAD"

    /// Signs in the `Authorization` header. Adds `x-oss-date`, `date`, `x-oss-content-sha256`, the STS token when
    /// there is one, and `authorization` to the request's headers.
    public static func sign(_ request: OSSRequestToSign, credentials: Credentials, at date: Date) -> OSSSignature {
        let stamp = OSSSigningTime(date)
        var headers = request.headers
        headers.set("x-oss-date", stamp.iso8601)
        headers.set("date", stamp.httpDate)
        if let token = credentials.securityToken { headers.set("x-oss-security-token", token) }
        headers.set("x-oss-content-sha256", unsignedPayload)
        let scope = scope(stamp.day, region: request.region, product: request.product)
        let additional = additionalHeaders(request.additionalHeaders, present: headers)
        let canonical = canonicalRequest(
            method: request.method, uri: request.canonicalURI, query: canonicalQuery(request.query), headers: headers,
            additional: additional)
        let stringToSign = stringToSign(time: stamp.iso8601, scope: scope, canonicalRequest: canonical)
        let signature = signature(
            secret: credentials.accessKeySecret, day: stamp.day, region: request.region, product: request.product,
            stringToSign: stringToSign)
        var authorization = "\(algorithm) Credential=\(credentials.accessKeyId)/\(scope)"
        if !additional.isEmpty { authorization += ",AdditionalHeaders=\(additional.joined(separator: ";"))" }
        authorization += ",Signature=\(signature)"
        headers.set("authorization", authorization)
        return OSSSignature(
            headers: headers, query: request.query, canonicalRequest: canonical, stringToSign: stringToSign,
            signature: signature)
    }

    /// Signs in the query: a presigned URL's parameters (`x-oss-signature-version`, `x-oss-date`, `x-oss-expires`,
    /// `x-oss-credential`, the STS token, the additional headers' names, then `x-oss-signature`), valid from `date`
    /// for `expires` seconds.
    public static func presign(
        _ request: OSSRequestToSign, credentials: Credentials, at date: Date, expires: Int
    ) -> OSSSignature {
        let stamp = OSSSigningTime(date)
        let scope = scope(stamp.day, region: request.region, product: request.product)
        let additional = additionalHeaders(request.additionalHeaders, present: request.headers)
        let reserved: Set<String> = ["x-oss-signature", "x-oss-security-token", "x-oss-additional-headers"]
        var query = request.query.filter { !reserved.contains($0.name) }
        query.set("x-oss-signature-version", algorithm)
        query.set("x-oss-date", stamp.iso8601)
        query.set("x-oss-expires", String(expires))
        query.set("x-oss-credential", "\(credentials.accessKeyId)/\(scope)")
        if let token = credentials.securityToken { query.set("x-oss-security-token", token) }
        if !additional.isEmpty { query.set("x-oss-additional-headers", additional.joined(separator: ";")) }
        let canonical = canonicalRequest(
            method: request.method, uri: request.canonicalURI, query: canonicalQuery(query), headers: request.headers,
            additional: additional)
        let stringToSign = stringToSign(time: stamp.iso8601, scope: scope, canonicalRequest: canonical)
        let signature = signature(
            secret: credentials.accessKeySecret, day: stamp.day, region: request.region, product: request.product,
            stringToSign: stringToSign)
        query.append(OSSQueryItem("x-oss-signature", signature))
        return OSSSignature(
            headers: request.headers, query: query, canonicalRequest: canonical, stringToSign: stringToSign,
            signature: signature, bareEmptyValues: true)
    }

    /// `day/region/product/aliyun_v4_request`.
    package static func scope(_ day: String, region: String, product: String) -> String {
        "\(day)/\(region)/\(product)/aliyun_v4_request"
    }

    /// The additional headers to sign: those asked for, in lower case, that the request has with a value and that
    /// are not signed anyway, sorted.
    package static func additionalHeaders(_ names: Set<String>, present headers: OSSHeaders) -> [String] {
        let lowered = Set(names.map { $0.lowercased() })
        return lowered.filter { name in
            guard let value = headers[name] else { return false }
            return !isSignedAnyway(name) && !value.isEmpty
        }.sorted()
    }

    /// Headers every V4 signature signs: `x-oss-*`, `content-type` and `content-md5`.
    public static func isSignedAnyway(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasPrefix("x-oss-") || lowered == "content-type" || lowered == "content-md5"
    }

    /// The encoded query, sorted, `name=value` or a bare `name` for an empty value, joined by `&`.
    package static func canonicalQuery(_ items: [OSSQueryItem]) -> String {
        let encoded: [(name: String, value: String)] = items.map {
            (OSSPercentEncoding.component($0.name), OSSPercentEncoding.component($0.value))
        }
        let sorted = encoded.sorted { $0.name == $1.name ? $0.value < $1.value : $0.name < $1.name }
        return sorted.map { pair -> String in pair.value.isEmpty ? pair.name : pair.name + "=" + pair.value }
            .joined(separator: "&")
    }

    package static func canonicalRequest(
        method: String, uri: String, query: String, headers: OSSHeaders, additional: [String]
    ) -> String {
        let signed = headers.entries.map { (name: $0.name.lowercased(), value: $0.value) }
            .filter { isSignedAnyway($0.name) || additional.contains($0.name) }
            .sorted { $0.name < $1.name }
            .map { "\($0.name):\($0.value)\n" }.joined()
        let payload = headers["x-oss-content-sha256"] ?? unsignedPayload
        return "\(method)\n\(uri)\n\(query)\n\(signed)\n\(additional.joined(separator: ";"))\n\(payload)"
    }

    package static func stringToSign(time: String, scope: String, canonicalRequest: String) -> String {
        "\(algorithm)\n\(time)\n\(scope)\n" + V3Signer.hex(SHA256.hash(data: Array(canonicalRequest.utf8)))
    }

    package static func signature(secret: String, day: String, region: String, product: String, stringToSign: String)
        -> String
    {
        var key = SymmetricKey(data: Array("aliyun_v4\(secret)".utf8))
        for part in [day, region, product, "aliyun_v4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key)))
        }
        return V3Signer.hex(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key))
    }

}

/// The two spellings of the signing time OSS wants.
package struct OSSSigningTime {
    /// `yyyyMMdd'T'HHmmss'Z'` in UTC: V4's `x-oss-date`, written by signers and read back by the emulator's verifier.
    package static let format = Date.ISO8601FormatStyle(
        dateSeparator: .omitted, dateTimeSeparator: .standard, timeSeparator: .omitted, timeZone: .gmt)

    /// `yyyyMMdd'T'HHmmss'Z'`.
    let iso8601: String
    /// `yyyyMMdd`.
    var day: String { String(iso8601.prefix(8)) }
    /// `EEE, dd MMM yyyy HH:mm:ss GMT`.
    let httpDate: String

    init(_ date: Date) {
        iso8601 = date.formatted(Self.format)
        httpDate = ROASigner.httpDate(date)
    }

    /// The time an `x-oss-date` value spells; nil when it is not one.
    package static func parse(_ text: String) -> Date? {
        try? Date(text, strategy: format)
    }
}
