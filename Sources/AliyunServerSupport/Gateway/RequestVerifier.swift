import AliyunRuntime
import Foundation

/// A request whose signature verified: who sent it, which operation it calls, and its parameters.
public struct VerifiedRequest: Sendable, Equatable {
    /// How it was signed.
    public var signatureVersion: SignatureVersion
    /// The access key that signed it.
    public var accessKeyId: String
    /// `ModifyImageAttribute`.
    public var action: String
    /// `2014-05-26`.
    public var version: String
    /// The operation's parameters: the query without the signature's own fields.
    public var parameters: [RPCQueryItem]
    /// The request's headers, names in lower case, for the operations' `in: header` parameters.
    public var headers: [String: String]

    /// Creates a verified request (the verifier does; tests and in-process callers may too).
    public init(
        signatureVersion: SignatureVersion, accessKeyId: String, action: String, version: String,
        parameters: [RPCQueryItem], headers: [String: String] = [:]
    ) {
        self.signatureVersion = signatureVersion
        self.accessKeyId = accessKeyId
        self.action = action
        self.version = version
        self.parameters = parameters
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
    }
}

/// Verifies RPC requests as Alibaba Cloud's gateway does, for V3 (`ACS3-HMAC-SHA256` in `Authorization`)
/// and V1 (`Signature` and `SignatureMethod=HMAC-SHA1` in the query) alike, recomputing each signature with
/// the client's own signers (`V3Signer.signature`, `V1Signer.signature`), so both sides share one
/// definition.
///
/// Checks, in the gateway's order: the signature's form (`IncompleteSignature`, `InvalidSignatureMethod`),
/// the access key (`InvalidAccessKeyId.NotFound`), the timestamp (`InvalidTimeStamp.Format`, and
/// `InvalidTimeStamp.Expired` beyond 15 minutes either way), the security token
/// (`InvalidSecurityToken.MismatchWithAccessKey`), the signature (`SignatureDoesNotMatch`, with the server's
/// string to sign), the nonce (`SignatureNonceUsed`), then `Action` and `Version` (`MissingParameter`).
public struct RequestVerifier: Sendable {
    /// How far a request's timestamp may be from the server's clock: 15 minutes.
    public static let allowedSkew: TimeInterval = 15 * 60

    /// The accepted access keys.
    public var keys: AccessKeyStore
    /// The nonces seen.
    public var nonces: NonceLedger
    /// The server's clock.
    public var now: @Sendable () -> Date

    /// Creates a verifier.
    public init(
        keys: AccessKeyStore, nonces: NonceLedger = NonceLedger(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.keys = keys
        self.nonces = nonces
        self.now = now
    }

    /// The verified request, or the gateway's error.
    public func verify(_ request: IncomingRequest) async throws(ServedError) -> VerifiedRequest {
        if request.parameter("Signature") != nil || request.parameter("SignatureMethod") != nil {
            return try await verifyV1(request)
        }
        guard request.headers["authorization"] != nil else {
            throw .incompleteSignature("no Authorization header and no Signature parameter")
        }
        return try await verifyV3(request)
    }

    // MARK: V3

    private static let mustBeSigned = [
        "host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version",
    ]

    /// Whether a header, when a request carries it, must be among its signed headers: `content-type` and
    /// every `x-acs-*` header.
    static func mustBeSignedWhenSent(_ name: String) -> Bool {
        name == "content-type" || name.hasPrefix("x-acs-")
    }

    private func verifyV3(_ request: IncomingRequest) async throws(ServedError) -> VerifiedRequest {
        let authorization = try Self.parseAuthorization(request.headers["authorization"] ?? "")
        let credentials = try await known(authorization.accessKeyId)
        let date = try checkedDate(request.headers["x-acs-date"], name: "x-acs-date")
        try checkToken(request.headers["x-acs-security-token"], of: credentials)
        let signed = Set(authorization.signedHeaders)
        for name in Self.mustBeSigned where !signed.contains(name) {
            throw .incompleteSignature("the header \(name) must be signed")
        }
        // As the gateway: a header it reads (every x-acs-* one, and the body's content-type) counts only when
        // signed, so no one on the way can add or change one under a valid signature.
        for name in request.headers.keys.sorted() where Self.mustBeSignedWhenSent(name) && !signed.contains(name) {
            throw .incompleteSignature("the header \(name) must be signed")
        }
        var headers: [(String, String)] = []
        for name in authorization.signedHeaders {
            guard let value = request.headers[name] else {
                throw .incompleteSignature("the signed header \(name) is not in the request")
            }
            headers.append((name, value))
        }
        let computed = V3Signer.signature(
            method: request.method, parameters: request.query, headers: headers,
            payloadHash: request.headers["x-acs-content-sha256"] ?? "", secret: credentials.accessKeySecret)
        guard request.path == "/", request.headers["x-acs-content-sha256"] == V3Signer.payloadHash(request.body),
            ConstantTime.equal(computed.signature, authorization.signature)
        else { throw .signatureMismatch(stringToSign: computed.stringToSign) }
        let nonce = request.headers["x-acs-signature-nonce"] ?? ""
        guard !nonce.isEmpty else { throw .missing("x-acs-signature-nonce") }
        try await record(nonce, accessKeyId: credentials.accessKeyId, signedAt: date)
        let action = request.headers["x-acs-action"] ?? ""
        let version = request.headers["x-acs-version"] ?? ""
        guard !action.isEmpty else { throw .missing("Action") }
        guard !version.isEmpty else { throw .missing("Version") }
        return VerifiedRequest(
            signatureVersion: .v3, accessKeyId: credentials.accessKeyId, action: action, version: version,
            parameters: request.query + request.formParameters, headers: request.headers)
    }

    private struct Authorization {
        var accessKeyId: String
        var signedHeaders: [String]
        var signature: String
    }

    /// `ACS3-HMAC-SHA256 Credential=ID,SignedHeaders=a;b,Signature=hex`.
    private static func parseAuthorization(_ header: String) throws(ServedError) -> Authorization {
        let prefix = V3Signer.algorithm + " "
        guard header.hasPrefix(prefix) else {
            throw .incompleteSignature("the Authorization header must start with \(V3Signer.algorithm)")
        }
        var fields: [String: String] = [:]
        for part in header.dropFirst(prefix.count).split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            fields[pair[0].trimmingCharacters(in: .whitespaces)] = String(pair[1])
        }
        guard let id = fields["Credential"], !id.isEmpty, let names = fields["SignedHeaders"],
            let signature = fields["Signature"], !signature.isEmpty
        else { throw .incompleteSignature("Authorization needs Credential, SignedHeaders and Signature") }
        return Authorization(
            accessKeyId: id, signedHeaders: names.split(separator: ";").map { $0.lowercased() }, signature: signature)
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
            headers: request.headers)
    }

    // MARK: Anonymous

    /// Whether the request carries no signature at all, neither V1's nor V3's.
    public static func isUnsigned(_ request: IncomingRequest) -> Bool {
        request.headers["authorization"] == nil && request.parameter("Signature") == nil
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
                + request.formParameters, headers: request.headers)
    }

    // MARK: Shared

    /// The key with this ID: unknown is `InvalidAccessKeyId.NotFound`, expired `InvalidSecurityToken.Expired`.
    private func known(_ accessKeyId: String) async throws(ServedError) -> Credentials {
        guard let credentials = await keys.credentials(for: accessKeyId) else { throw .unknownAccessKey }
        if let expiration = credentials.expiration, expiration <= now() {
            throw ServedError(
                status: 400, code: "InvalidSecurityToken.Expired", message: "Specified SecurityToken is expired.")
        }
        return credentials
    }

    /// The request's date, refused when absent, malformed or more than 15 minutes away.
    private func checkedDate(_ text: String?, name: String) throws(ServedError) -> Date {
        guard let text, !text.isEmpty else { throw .missing(name) }
        guard let date = try? Date(text, strategy: Date.ISO8601FormatStyle(timeZone: .gmt)) else {
            throw .timestampMalformed
        }
        guard abs(now().timeIntervalSince(date)) <= Self.allowedSkew else { throw .timestampExpired }
        return date
    }

    /// Records the request's nonce: `SignatureNonceUsed` for a replay, throttling while the ledger is full.
    private func record(_ nonce: String, accessKeyId: String, signedAt: Date) async throws(ServedError) {
        switch await nonces.record(nonce, accessKeyId: accessKeyId, signedAt: signedAt, now: now()) {
        case .recorded: return
        case .replayed: throw .nonceUsed
        case .full: throw .throttled
        }
    }

    /// A temporary key needs its own token; a permanent key takes none.
    private func checkToken(_ token: String?, of credentials: Credentials) throws(ServedError) {
        guard token == credentials.securityToken else { throw .securityTokenMismatch }
    }
}
