import Crypto
import Foundation

/// `ACS3-HMAC-SHA256`: the query carries the parameters, the headers carry action, version, date,
/// nonce and body hash, and every header sent is signed.
///
/// `CanonicalRequest = METHOD \n / \n sorted encoded query \n "name:value\n" per header (lower-case,
/// sorted) \n signed header names joined by ";" \n hex SHA-256 of the body`;
/// `StringToSign = "ACS3-HMAC-SHA256\n" + hex(SHA-256(CanonicalRequest))`; the signature is
/// `hex(HMAC-SHA256(secret, StringToSign))`. The header set is the official SDK's: `accept`, `host`,
/// `user-agent`, the `x-acs-*` headers, and with an STS token `x-acs-accesskey-id` and
/// `x-acs-security-token`.
public enum V3Signer {
    /// The algorithm's name.
    public static let algorithm = "ACS3-HMAC-SHA256"

    /// Signs the input.
    public static func sign(_ input: SigningInput) -> SignedRequest {
        let body: [UInt8] = []
        let payloadHash = hex(SHA256.hash(data: body))
        var headers: [(String, String)] = [
            ("accept", "application/json"),
            ("host", input.host),
            ("user-agent", input.userAgent),
            ("x-acs-action", input.action),
            ("x-acs-content-sha256", payloadHash),
            ("x-acs-credentials-provider", input.credentials.securityToken == nil ? "static_ak" : "static_sts"),
            ("x-acs-date", input.timestamp),
            ("x-acs-signature-nonce", input.nonce),
            ("x-acs-version", input.version),
        ]
        if let token = input.credentials.securityToken {
            headers += [("x-acs-accesskey-id", input.credentials.accessKeyId), ("x-acs-security-token", token)]
        }
        let sortedHeaders = headers.map { ($0.0.lowercased(), $0.1.trimmingCharacters(in: .whitespaces)) }
            .sorted { $0.0 < $1.0 }
        let canonicalHeaders = sortedHeaders.map { "\($0.0):\($0.1)\n" }.joined()
        let signedHeaders = sortedHeaders.map(\.0).joined(separator: ";")
        let query = PercentEncoding.canonicalQuery(input.parameters)
        let canonicalRequest = [input.method, "/", query, canonicalHeaders, signedHeaders, payloadHash]
            .joined(separator: "\n")
        let stringToSign = "\(algorithm)\n" + hex(SHA256.hash(data: Array(canonicalRequest.utf8)))
        let key = SymmetricKey(data: Array(input.credentials.accessKeySecret.utf8))
        let signature = hex(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key))
        let authorization =
            "\(algorithm) Credential=\(input.credentials.accessKeyId),SignedHeaders=\(signedHeaders),Signature=\(signature)"
        return SignedRequest(
            method: input.method, path: "/", query: query,
            headers: sortedHeaders.map { (name: $0.0, value: $0.1) } + [(name: "Authorization", value: authorization)],
            body: body, canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature)
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
