import AliyunRuntime
import Foundation

/// Verifies requests as Alibaba Cloud's gateway does, recomputing each signature with the client's own
/// definitions, so both sides share one: V3 (`ACS3-HMAC-SHA256` in `Authorization`,
/// ``V3Signer/signature(method:path:parameters:headers:payloadHash:secret:)``) over `/` for RPC calls and over the
/// path as sent for ROA calls; V1 (`Signature` and `SignatureMethod=HMAC-SHA1` in
/// the query, ``V1Signer/signature(method:parameters:secret:)``); and the legacy ROA signature
/// (`Authorization: acs AccessKeyId:Signature`, ``ROASigner/stringToSign(method:path:parameters:headers:)``) as
/// computed by the gateway that ``roaDialect`` names.
///
/// Checks, in the gateway's order: the signature's form (`IncompleteSignature`, `InvalidSignatureMethod`),
/// the access key (`InvalidAccessKeyId.NotFound`), the timestamp (`InvalidTimeStamp.Format`, and
/// `InvalidTimeStamp.Expired` beyond 15 minutes either way), the security token
/// (`InvalidSecurityToken.MismatchWithAccessKey`), the signature and the body's digest (`SignatureDoesNotMatch`, with
/// the server's string to sign), the nonce (`SignatureNonceUsed`), then `Action` and `Version` (`MissingParameter`).
public struct RequestVerifier: Sendable {
    /// How far a request's timestamp may be from the server's clock: 15 minutes.
    public static let allowedSkew: TimeInterval = 15 * 60

    /// The accepted access keys.
    public var keys: AccessKeyStore
    /// The nonces seen.
    public var nonces: NonceLedger
    /// The server's clock.
    public var now: @Sendable () -> Date
    /// Whose gateway's legacy ROA signature is checked: Alibaba Cloud's common one, or PDS's.
    public var roaDialect: ROASignatureDialect

    /// Creates a verifier.
    public init(
        keys: AccessKeyStore, nonces: NonceLedger = NonceLedger(), now: @escaping @Sendable () -> Date = { Date() },
        roaDialect: ROASignatureDialect = .alibabaCloud
    ) {
        self.keys = keys
        self.nonces = nonces
        self.now = now
        self.roaDialect = roaDialect
    }

    /// The verified request, or the gateway's error.
    public func verify(_ request: IncomingRequest) async throws(ServedError) -> VerifiedRequest {
        if request.parameter("Signature") != nil || request.parameter("SignatureMethod") != nil {
            return try await verifyV1(request)
        }
        guard let authorization = request.headers["authorization"] else {
            throw .incompleteSignature("no Authorization header and no Signature parameter")
        }
        if authorization.hasPrefix(Self.roaAuthorizationPrefix) { return try await verifyROA(request) }
        return try await verifyV3(request)
    }

    // MARK: V1

    private func verifyV1(_ request: IncomingRequest) async throws(ServedError) -> VerifiedRequest {
        guard let method = request.parameter("SignatureMethod") else { throw .missing("SignatureMethod") }
        guard method == "HMAC-SHA1" else { throw .signatureMethod }
        guard let signature = request.parameter("Signature") else { throw .missing("Signature") }
        guard let id = request.parameter("AccessKeyId") else { throw .missing("AccessKeyId") }
        let credentials = try await known(id)
        let date = try checkedDate(request.parameter("Timestamp"), name: "Timestamp")
        try checkToken(request.parameter("SecurityToken"), of: credentials)
        // The form body's parameters are signed with the query's, as the official SDK signs them.
        let form = request.formParameters
        let signedItems = request.query.filter { $0.name != "Signature" } + form
        let computed = V1Signer.signature(
            method: request.method, parameters: signedItems, secret: credentials.accessKeySecret)
        guard request.path == "/", ConstantTime.equal(computed.signature, signature) else {
            throw ServedError(
                status: 400, code: "SignatureDoesNotMatch",
                message: "Specified signature is not matched with our calculation. server string to sign is:"
                    + computed.stringToSign)
        }
        guard let nonce = request.parameter("SignatureNonce"), !nonce.isEmpty else {
            throw .missing("SignatureNonce")
        }
        try await record(nonce, accessKeyId: id, signedAt: date)
        guard let action = request.parameter("Action"), !action.isEmpty else { throw .missing("Action") }
        guard let version = request.parameter("Version"), !version.isEmpty else { throw .missing("Version") }
        return VerifiedRequest(
            signatureVersion: .v1, accessKeyId: id, action: action, version: version,
            parameters: request.query.filter { !V1Signer.commonParameterNames.contains($0.name) } + form,
            headers: request.headers, method: request.method, path: request.path)
    }

    // MARK: Anonymous

    /// Whether the request carries no signature at all, neither V1's nor V3's nor ROA's. An `Authorization` header
    /// that is none of them (an anonymous operation's own `Bearer` token parameter, as Eiam's are) is no signature.
    public static func isUnsigned(_ request: IncomingRequest) -> Bool {
        let authorization = request.headers["authorization"] ?? ""
        let isSignature =
            authorization.hasPrefix(V3Signer.algorithm) || authorization.hasPrefix(roaAuthorizationPrefix)
        return !isSignature && request.parameter("Signature") == nil
            && request.parameter("SignatureMethod") == nil && request.parameter("AccessKeyId") == nil
    }

    /// The action and version an unsigned request names (V3's headers, else V1's query), for deciding whether
    /// the action may be called anonymously.
    public static func named(_ request: IncomingRequest) -> (action: String, version: String)? {
        let action = request.headers["x-acs-action"] ?? request.parameter("Action") ?? ""
        let version = request.headers["x-acs-version"] ?? request.parameter("Version") ?? ""
        return action.isEmpty || version.isEmpty ? nil : (action, version)
    }

    /// Checks an unsigned call to an action that takes no access key (STS `AssumeRoleWithOIDC`), as the
    /// official SDK sends it: a date within the allowed skew and a nonce never used, in V3's headers or
    /// V1's query. The call's access key ID is empty.
    public func verifyAnonymous(_ request: IncomingRequest) async throws(ServedError) -> VerifiedRequest {
        guard let (action, version) = Self.named(request) else { throw .missing("Action") }
        let isV3 = request.headers["x-acs-date"] != nil
        let date = try checkedDate(
            isV3 ? request.headers["x-acs-date"] : request.parameter("Timestamp"),
            name: isV3 ? "x-acs-date" : "Timestamp")
        let nonce = (isV3 ? request.headers["x-acs-signature-nonce"] : request.parameter("SignatureNonce")) ?? ""
        guard !nonce.isEmpty else { throw .missing(isV3 ? "x-acs-signature-nonce" : "SignatureNonce") }
        try await record(nonce, accessKeyId: "", signedAt: date)
        return VerifiedRequest(
            signatureVersion: isV3 ? .v3 : .v1, accessKeyId: "", action: action, version: version,
            parameters: request.query.filter { !V1Signer.commonParameterNames.contains($0.name) }
                + request.formParameters, headers: request.headers, method: request.method, path: request.path)
    }

    // MARK: Shared

    /// The key with this ID: unknown is `InvalidAccessKeyId.NotFound`, expired `InvalidSecurityToken.Expired`.
    func known(_ accessKeyId: String) async throws(ServedError) -> Credentials {
        guard let credentials = await keys.credentials(for: accessKeyId) else { throw .unknownAccessKey }
        if let expiration = credentials.expiration, expiration <= now() {
            throw ServedError(
                status: 400, code: "InvalidSecurityToken.Expired", message: "Specified SecurityToken is expired.")
        }
        return credentials
    }

    /// The request's ISO 8601 date (`x-acs-date`, `Timestamp`), refused when absent, malformed or more than 15 minutes
    /// away.
    func checkedDate(_ text: String?, name: String) throws(ServedError) -> Date {
        guard let text, !text.isEmpty else { throw .missing(name) }
        guard let date = try? Date(text, strategy: Date.ISO8601FormatStyle(timeZone: .gmt)) else {
            throw .timestampMalformed
        }
        return try withinSkew(date)
    }

    /// `date`, unless it is more than 15 minutes from the server's clock either way (`InvalidTimeStamp.Expired`).
    func withinSkew(_ date: Date) throws(ServedError) -> Date {
        guard abs(now().timeIntervalSince(date)) <= Self.allowedSkew else { throw .timestampExpired }
        return date
    }

    /// Records the request's nonce: `SignatureNonceUsed` for a replay, throttling while the ledger is full.
    func record(_ nonce: String, accessKeyId: String, signedAt: Date) async throws(ServedError) {
        switch await nonces.record(nonce, accessKeyId: accessKeyId, signedAt: signedAt, now: now()) {
        case .recorded: return
        case .replayed: throw .nonceUsed
        case .full: throw .throttled
        }
    }

    /// A temporary key needs its own token; a permanent key takes none.
    func checkToken(_ token: String?, of credentials: Credentials) throws(ServedError) {
        guard token == credentials.securityToken else { throw .securityTokenMismatch }
    }
}
