import AliyunRuntime
import Crypto
import Foundation

/// The legacy ROA signature: `Authorization: acs AccessKeyId:base64(HMAC-SHA1(secret, StringToSign))`, the string
/// to sign ``ROASigner/stringToSign(method:path:parameters:headers:)`` of the request as received (its
/// path as sent, its decoded query, its `accept`, `content-md5`, `content-type` and `date` headers and every
/// `x-acs-*` one), with the headers ``RequestVerifier/roaDialect`` signs.
///
/// Besides the signature: `x-acs-signature-method` must be `HMAC-SHA1`; the `date` header (RFC 1123) must be within
/// the allowed skew; an STS key's token travels in `x-acs-security-token`; the `x-acs-signature-nonce` is recorded as
/// V3's and V1's are; a `content-md5` header, when sent, must be the body's (base64 of its MD5: the signature covers
/// the body through it only; the official SDKs send none).
extension RequestVerifier {
    /// What the legacy ROA signature's `Authorization` header starts with.
    static let roaAuthorizationPrefix = "acs "

    func verifyROA(_ request: IncomingRequest) async throws(ServedError) -> VerifiedRequest {
        let (accessKeyId, signature) = try Self.parseROAAuthorization(request.headers["authorization"] ?? "")
        guard let method = request.headers["x-acs-signature-method"] else { throw .missing("x-acs-signature-method") }
        guard method == "HMAC-SHA1" else { throw .signatureMethod }
        let credentials = try await known(accessKeyId)
        guard let sentDate = request.headers["date"], !sentDate.isEmpty else { throw .missing("Date") }
        guard let parsed = HTTPDate.parse(sentDate) else { throw .timestampMalformed }
        let date = try withinSkew(parsed)
        try checkToken(request.headers["x-acs-security-token"], of: credentials)
        let stringToSign = ROASigner.stringToSign(
            method: request.method, path: request.path, parameters: request.query,
            headers: roaDialect.signedHeaders(of: request))
        guard
            ConstantTime.equal(
                ROASigner.signature(stringToSign: stringToSign, secret: credentials.accessKeySecret), signature),
            Self.contentMD5Matches(request)
        else { throw .signatureMismatch(stringToSign: stringToSign) }
        guard let nonce = request.headers["x-acs-signature-nonce"], !nonce.isEmpty else {
            throw .missing("x-acs-signature-nonce")
        }
        try await record(nonce, accessKeyId: credentials.accessKeyId, signedAt: date)
        guard let action = request.headers["x-acs-action"], !action.isEmpty else { throw .missing("Action") }
        guard let version = request.headers["x-acs-version"], !version.isEmpty else { throw .missing("Version") }
        return VerifiedRequest(
            signatureVersion: .v1, accessKeyId: credentials.accessKeyId, action: action, version: version,
            parameters: request.query + request.formParameters, headers: request.headers, method: request.method,
            path: request.path)
    }

    /// `acs AccessKeyId:Signature`: the key and the signature, split at the last colon (base64 has none).
    private static func parseROAAuthorization(_ header: String) throws(ServedError) -> (String, String) {
        let credential = header.dropFirst(roaAuthorizationPrefix.count)
        guard let colon = credential.lastIndex(of: ":"), colon != credential.startIndex,
            credential.index(after: colon) != credential.endIndex
        else { throw .incompleteSignature("Authorization needs acs AccessKeyId:Signature") }
        return (String(credential[..<colon]), String(credential[credential.index(after: colon)...]))
    }

    /// Whether the `content-md5` header, when sent, is the base64 MD5 of the body.
    private static func contentMD5Matches(_ request: IncomingRequest) -> Bool {
        guard let sent = request.headers["content-md5"] else { return true }
        return ConstantTime.equal(sent, Data(Insecure.MD5.hash(data: request.body)).base64EncodedString())
    }
}
