import AliyunRuntime
import AliyunServerSupport
import Foundation

/// Verifies a request's OSS signature as OSS does, V4 (`OSS4-HMAC-SHA256`) or V1 (`OSS id:signature`): in the
/// `Authorization` header, or in the query of a presigned URL; the key must be one the emulator knows (with its STS
/// token, if it has one), the time within 15 minutes of the emulator's clock, a presigned URL not expired. A request
/// without a signature is anonymous and refused (the emulator's buckets are private).
struct OSSRequestVerifier: Sendable {
    let keys: AccessKeyStore
    let now: @Sendable () -> Date
    /// How far a signed request's time may be from the clock.
    static let allowedSkew: TimeInterval = 15 * 60
    /// The longest a presigned URL may be valid: 7 days.
    static let longestExpiry = 7 * 24 * 3600

    /// The key that signed the request, and the signature's version (`v4` or `v1`, for the journal), told from
    /// where the signature is.
    func verify(_ request: OSSIncomingRequest) async throws(OSSFailure) -> (key: Credentials, version: String) {
        if let authorization = request.headers["authorization"] {
            if authorization.hasPrefix("OSS "), !authorization.hasPrefix(OSSV4Signer.algorithm) {
                return (try await verifyV1Header(authorization, request), "v1")
            }
            return (try await verifyHeader(authorization, request), "v4")
        }
        if request.parameter("x-oss-signature-version") != nil || request.parameter("x-oss-signature") != nil {
            return (try await verifyQuery(request), "v4")
        }
        if request.parameter("OSSAccessKeyId") != nil || request.parameter("Signature") != nil {
            return (try await verifyV1Query(request), "v1")
        }
        throw OSSFailure(.accessDenied, message: "AccessDenied: anonymous access is not allowed by the emulator.")
    }

    private func verifyHeader(_ authorization: String, _ request: OSSIncomingRequest) async throws(OSSFailure)
        -> Credentials
    {
        let prefix = OSSV4Signer.algorithm + " "
        guard authorization.hasPrefix(prefix) else {
            throw OSSFailure(
                .invalidArgument, message: "Authorization header is invalid: only OSS4-HMAC-SHA256 is supported.",
                [("ArgumentName", "Authorization")])
        }
        var fields: [String: String] = [:]
        for part in authorization.dropFirst(prefix.count).split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        guard let credential = fields["Credential"], let provided = fields["Signature"],
            let time = request.headers["x-oss-date"]
        else {
            throw OSSFailure(.invalidArgument, message: "Authorization header is invalid.")
        }
        let additional = (fields["AdditionalHeaders"] ?? "").split(separator: ";").map(String.init)
        return try await check(
            request, credential: credential, time: time, additional: additional, provided: provided,
            token: request.headers["x-oss-security-token"], query: request.query, expires: nil)
    }

    private func verifyQuery(_ request: OSSIncomingRequest) async throws(OSSFailure) -> Credentials {
        guard request.parameter("x-oss-signature-version") == OSSV4Signer.algorithm,
            let credential = request.parameter("x-oss-credential"), let time = request.parameter("x-oss-date"),
            let expires = request.parameter("x-oss-expires").flatMap(Int.init),
            let provided = request.parameter("x-oss-signature")
        else {
            throw OSSFailure(.invalidArgument, message: "The presigned URL's parameters are incomplete.")
        }
        guard expires > 0, expires <= Self.longestExpiry else {
            throw OSSFailure(.invalidArgument, message: "x-oss-expires must be between 1 and \(Self.longestExpiry).")
        }
        let additional = (request.parameter("x-oss-additional-headers") ?? "").split(separator: ";").map(String.init)
        let query = request.query.filter { $0.name != "x-oss-signature" }
        return try await check(
            request, credential: credential, time: time, additional: additional, provided: provided,
            token: request.parameter("x-oss-security-token"), query: query, expires: expires)
    }

    /// V1 in the header: `OSS id:signature` over the `Date` (or `x-oss-date`) header.
    private func verifyV1Header(_ authorization: String, _ request: OSSIncomingRequest) async throws(OSSFailure)
        -> Credentials
    {
        let pair = authorization.dropFirst("OSS ".count).split(separator: ":", maxSplits: 1).map(String.init)
        guard pair.count == 2, let date = request.headers["x-oss-date"] ?? request.headers["date"],
            let signedAt = OSSOperations.httpDate(date)
        else { throw OSSFailure(.invalidArgument, message: "Authorization header is invalid.") }
        guard abs(now().timeIntervalSince(signedAt)) <= Self.allowedSkew else {
            throw OSSFailure(.requestTimeTooSkewed)
        }
        let token = request.headers["x-oss-security-token"] ?? request.headers["security-token"]
        return try await checkV1(request, accessKeyId: pair[0], provided: pair[1], date: date, token: token)
    }

    /// V1 in the query: `OSSAccessKeyId`, `Expires` (Unix seconds), `Signature`.
    private func verifyV1Query(_ request: OSSIncomingRequest) async throws(OSSFailure) -> Credentials {
        guard let accessKeyId = request.parameter("OSSAccessKeyId"), let expires = request.parameter("Expires"),
            let seconds = TimeInterval(expires), let provided = request.parameter("Signature")
        else { throw OSSFailure(.invalidArgument, message: "The presigned URL's parameters are incomplete.") }
        guard now().timeIntervalSince1970 <= seconds else { throw OSSFailure(.requestExpired) }
        return try await checkV1(
            request, accessKeyId: accessKeyId, provided: provided, date: expires,
            token: request.parameter("security-token"))
    }

    private func checkV1(
        _ request: OSSIncomingRequest, accessKeyId: String, provided: String, date: String, token: String?
    ) async throws(OSSFailure) -> Credentials {
        let credentials = try await known(accessKeyId, token: token)
        let headers = request.signableHeaders
        let signed = OSSRequestToSign(
            method: request.method, bucket: request.bucket, key: request.key, query: request.query, region: "")
        let stringToSign = OSSV1Signer.stringToSign(
            method: request.method, headers: headers, date: date,
            resource: OSSV1Signer.resource(signed, query: request.query))
        let expected = OSSV1Signer.signature(secret: credentials.accessKeySecret, stringToSign: stringToSign)
        guard ConstantTime.equal(expected, provided) else {
            throw OSSFailure(
                .signatureDoesNotMatch,
                [("StringToSign", stringToSign), ("SignatureProvided", provided), ("OSSAccessKeyId", accessKeyId)])
        }
        return credentials
    }

    /// The key's credentials, checked against the STS token sent.
    func known(_ accessKeyId: String, token: String?) async throws(OSSFailure) -> Credentials {
        guard let credentials = await keys.credentials(for: accessKeyId) else {
            throw OSSFailure(.invalidAccessKeyId, [("OSSAccessKeyId", accessKeyId)])
        }
        switch (credentials.securityToken, token) {
        case (nil, nil): break
        case (let expected?, let sent?) where ConstantTime.equal(expected, sent): break
        default: throw OSSFailure(.invalidSecurityToken)
        }
        return credentials
    }

    /// Recomputes the signature from the request and compares.
    private func check(
        _ request: OSSIncomingRequest, credential: String, time: String, additional: [String], provided: String,
        token: String?, query: [OSSQueryItem], expires: Int?
    ) async throws(OSSFailure) -> Credentials {
        let parts = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5, parts[4] == "aliyun_v4_request", parts[3] == "oss" else {
            throw OSSFailure(.invalidArgument, message: "The credential scope is invalid: \(credential).")
        }
        let (accessKeyId, day, region) = (parts[0], parts[1], parts[2])
        guard let signedAt = OSSSigningTime.parse(time), time.hasPrefix(day) else {
            throw OSSFailure(.invalidArgument, message: "The signing time \(time) is invalid.")
        }
        let now = now()
        if let expires {
            if now.timeIntervalSince(signedAt) > TimeInterval(expires) { throw OSSFailure(.requestExpired) }
            if signedAt.timeIntervalSince(now) > Self.allowedSkew { throw OSSFailure(.requestTimeTooSkewed) }
        } else if abs(now.timeIntervalSince(signedAt)) > Self.allowedSkew {
            throw OSSFailure(.requestTimeTooSkewed)
        }
        let credentials = try await known(accessKeyId, token: token)
        let headers = request.signableHeaders
        let uri = OSSRequestToSign(method: request.method, bucket: request.bucket, key: request.key, region: region)
            .canonicalURI
        let canonical = OSSV4Signer.canonicalRequest(
            method: request.method, uri: uri, query: OSSV4Signer.canonicalQuery(query), headers: headers,
            additional: additional.map { $0.lowercased() }.sorted())
        let scope = OSSV4Signer.scope(day, region: region, product: "oss")
        let stringToSign = OSSV4Signer.stringToSign(time: time, scope: scope, canonicalRequest: canonical)
        let expected = OSSV4Signer.signature(
            secret: credentials.accessKeySecret, day: day, region: region, product: "oss", stringToSign: stringToSign)
        guard ConstantTime.equal(expected, provided) else {
            throw OSSFailure(
                .signatureDoesNotMatch,
                [
                    ("StringToSign", stringToSign), ("SignatureProvided", provided), ("CanonicalRequest", canonical),
                    ("OSSAccessKeyId", accessKeyId),
                ])
        }
        return credentials
    }
}
