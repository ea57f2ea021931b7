import Crypto
import Foundation

/// `ACS3-HMAC-SHA256`: the query carries the parameters, the headers carry action, version, date,
/// nonce and body hash, and every header sent is signed.
///
/// `CanonicalRequest = METHOD \n path (`/` for RPC, the encoded ROA path) \n sorted encoded query \n "name:value\n" per header (lower-case,
/// sorted) \n signed header names joined by ";" \n hex SHA-256 of the body`;
/// `StringToSign = "ACS3-HMAC-SHA256\n" + hex(SHA-256(CanonicalRequest))`; the signature is
/// `hex(HMAC-SHA256(secret, StringToSign))`. The header set is the official SDK's: `accept`, `host`,
/// `user-agent`, the `x-acs-*` headers, and with an STS token `x-acs-accesskey-id` and
/// `x-acs-security-token`; with form parameters, the body (``PercentEncoding/form(_:)``, hashed into
/// `x-acs-content-sha256`) and `content-type: application/x-www-form-urlencoded`; with a ROA body, its
/// bytes and content type; a ROA operation's header parameters are sent and signed too. An anonymous call (no credentials) is sent with the same headers but no
/// `x-acs-credentials-provider` and no `Authorization`, and `Format=json` in the query, as the official
/// SDK sends it.
public enum V3Signer {
    /// The algorithm's name.
    public static let algorithm = "ACS3-HMAC-SHA256"

    /// Signs the input.
    public static func sign(_ input: SigningInput) -> SignedRequest {
        let (body, contentType) = input.payload
        let payloadHash = input.streamedPayloadSHA256 ?? Self.payloadHash(body)
        var headers: [(String, String)] = [
            ("accept", "application/json"),
            ("host", input.host),
            ("user-agent", input.userAgent),
            ("x-acs-action", input.action),
            ("x-acs-content-sha256", payloadHash),
            ("x-acs-date", input.timestamp),
            ("x-acs-signature-nonce", input.nonce),
            ("x-acs-version", input.version),
        ]
        if let contentType { headers.append(("content-type", contentType)) }
        headers += input.headers.map { ($0.name, $0.value) }
        guard let credentials = input.credentials else {
            // Anonymous: the official SDK sends the same headers without a signature, and the format in the query.
            let computed = Self.signature(
                method: input.method, path: input.path,
                parameters: input.parameters + [RPCQueryItem(name: "Format", value: "json")],
                headers: headers, payloadHash: payloadHash, secret: "")
            return SignedRequest(
                method: input.method, path: input.path, query: computed.query, headers: computed.headers, body: body,
                canonicalRequest: nil, stringToSign: "", signature: "")
        }
        headers.append(("x-acs-credentials-provider", credentials.securityToken == nil ? "static_ak" : "static_sts"))
        if let token = credentials.securityToken {
            headers += [("x-acs-accesskey-id", credentials.accessKeyId), ("x-acs-security-token", token)]
        }
        let computed = Self.signature(
            method: input.method, path: input.path, parameters: input.parameters, headers: headers,
            payloadHash: payloadHash, secret: credentials.accessKeySecret)
        let (sortedHeaders, signedHeaders) = (computed.headers, computed.signedHeaders)
        let (query, canonicalRequest) = (computed.query, computed.canonicalRequest)
        let (stringToSign, signature) = (computed.stringToSign, computed.signature)
        let authorization =
            "\(algorithm) Credential=\(credentials.accessKeyId),SignedHeaders=\(signedHeaders),Signature=\(signature)"
        return SignedRequest(
            method: input.method, path: input.path, query: query,
            headers: sortedHeaders + [(name: "Authorization", value: authorization)],
            body: body, canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature)
    }

    /// What the signature of a request is computed from, and the signature itself.
    public struct Computation: Sendable {
        /// The signed headers, names in lower case and values trimmed, sorted by name.
        public var headers: [(name: String, value: String)]
        /// The signed header names joined by `;`.
        public var signedHeaders: String
        /// The canonical query.
        public var query: String
        /// The canonical request.
        public var canonicalRequest: String
        /// `ACS3-HMAC-SHA256\n` and the canonical request's hex SHA-256.
        public var stringToSign: String
        /// The hex HMAC-SHA256 of the string to sign.
        public var signature: String
    }

    /// The canonical request, string to sign and signature of a request to `/` with these parameters,
    /// signed headers and body hash: what the client sends and what a server recomputes to verify it.
    public static func signature(
        method: String, path: String = "/", parameters: [RPCQueryItem], headers: [(String, String)],
        payloadHash: String, secret: String
    ) -> Computation {
        let sortedHeaders = headers.map { ($0.0.lowercased(), HeaderText.trimmed($0.1)) }
            .sorted { $0.0 < $1.0 }
        let canonicalHeaders = sortedHeaders.map { "\($0.0):\($0.1)\n" }.joined()
        let signedHeaders = sortedHeaders.map(\.0).joined(separator: ";")
        let query = PercentEncoding.canonicalQuery(parameters)
        let canonicalRequest = [method, path, query, canonicalHeaders, signedHeaders, payloadHash]
            .joined(separator: "\n")
        let stringToSign = "\(algorithm)\n" + hex(SHA256.hash(data: Array(canonicalRequest.utf8)))
        let key = SymmetricKey(data: Array(secret.utf8))
        let signature = hex(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key))
        return Computation(
            headers: sortedHeaders.map { (name: $0.0, value: $0.1) }, signedHeaders: signedHeaders, query: query,
            canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature)
    }

    /// The hex SHA-256 of a body, as `x-acs-content-sha256` carries it.
    public static func payloadHash(_ body: [UInt8]) -> String {
        hex(SHA256.hash(data: body))
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        HexDigits.text(bytes, .lower)
    }
}
