import AliyunRuntime
import Foundation

/// V3 (`ACS3-HMAC-SHA256`): the canonical request is recomputed from the request as received, its path as sent
/// (`/` for RPC calls; for ROA calls the operation's path, percent-encoded as the client encoded and signed it).
extension RequestVerifier {
    private static let mustBeSigned = [
        "host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version",
    ]

    /// Whether a header, when a request carries it, must be among its signed headers: `content-type` and
    /// every `x-acs-*` header.
    static func mustBeSignedWhenSent(_ name: String) -> Bool {
        name == "content-type" || name.hasPrefix("x-acs-")
    }

    func verifyV3(_ request: IncomingRequest) async throws(ServedError) -> VerifiedRequest {
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
            method: request.method, path: request.path, parameters: request.query, headers: headers,
            payloadHash: request.headers["x-acs-content-sha256"] ?? "", secret: credentials.accessKeySecret)
        guard request.headers["x-acs-content-sha256"] == V3Signer.payloadHash(request.body),
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
            parameters: request.query + request.formParameters, headers: request.headers, method: request.method,
            path: request.path)
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
            fields[HeaderText.trimmed(pair[0])] = String(pair[1])
        }
        guard let id = fields["Credential"], !id.isEmpty, let names = fields["SignedHeaders"],
            let signature = fields["Signature"], !signature.isEmpty
        else { throw .incompleteSignature("Authorization needs Credential, SignedHeaders and Signature") }
        return Authorization(
            accessKeyId: id, signedHeaders: names.split(separator: ";").map { $0.lowercased() }, signature: signature)
    }
}
