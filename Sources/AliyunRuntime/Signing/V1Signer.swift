import Crypto
import Foundation

/// `HMAC-SHA1`, `SignatureVersion=1.0`: the query carries the parameters and the signature fields.
///
/// The query gains `Action`, `Version`, `Format=json`, `Timestamp`, `SignatureNonce`,
/// `SignatureMethod=HMAC-SHA1`, `SignatureVersion=1.0`, `AccessKeyId` (and `SecurityToken`);
/// `StringToSign = METHOD & %2F & percentEncode(sorted canonical query)`;
/// `Signature = base64(HMAC-SHA1(secret + "&", StringToSign))`, added to the query. Form parameters go in the
/// body (``PercentEncoding/form(_:)``, `content-type: application/x-www-form-urlencoded`) and are signed with
/// the query's. The documented header parameters (`in: header`) follow the protocol's headers, unsigned, as
/// the official runtime's `do_rpcrequest` merges a request's headers: V1 signs the query only. An anonymous
/// call (no credentials) carries `Action`, `Version`, `Format`, `Timestamp` and `SignatureNonce` only, as the official
/// SDK sends it.
public enum V1Signer {
    /// The parameters V1 adds to an operation's own in the query: `Signature`, and every other field above.
    public static let commonParameterNames: Set<String> = [
        "Action", "Version", "Format", "Timestamp", "SignatureNonce", "SignatureMethod", "SignatureVersion",
        "AccessKeyId", "SecurityToken", "Signature",
    ]

    /// Signs the input.
    public static func sign(_ input: SigningInput) -> SignedRequest {
        var parameters = input.parameters
        parameters += [
            RPCQueryItem(name: "Action", value: input.action),
            RPCQueryItem(name: "Version", value: input.version),
            RPCQueryItem(name: "Format", value: "json"),
            RPCQueryItem(name: "Timestamp", value: input.timestamp),
            RPCQueryItem(name: "SignatureNonce", value: input.nonce),
        ]
        var headers: [(name: String, value: String)] = [
            (name: "accept", value: "application/json"), (name: "host", value: input.host),
            (name: "user-agent", value: input.userAgent), (name: "x-acs-action", value: input.action),
            (name: "x-acs-version", value: input.version),
        ]
        headers += input.headers.map { (name: $0.name, value: $0.value) }
        let body = input.body.isEmpty ? [] : Array(PercentEncoding.form(input.body).utf8)
        if !body.isEmpty { headers.append((name: "content-type", value: "application/x-www-form-urlencoded")) }
        guard let credentials = input.credentials else {
            return SignedRequest(
                method: input.method, path: "/", query: PercentEncoding.canonicalQuery(parameters), headers: headers,
                body: body, canonicalRequest: nil, stringToSign: "", signature: "")
        }
        parameters += [
            RPCQueryItem(name: "SignatureMethod", value: "HMAC-SHA1"),
            RPCQueryItem(name: "SignatureVersion", value: "1.0"),
            RPCQueryItem(name: "AccessKeyId", value: credentials.accessKeyId),
        ]
        if let token = credentials.securityToken {
            parameters.append(RPCQueryItem(name: "SecurityToken", value: token))
        }
        let canonical = PercentEncoding.canonicalQuery(parameters)
        // The body's parameters are signed with the query's, as the official SDK signs them.
        let (stringToSign, signature) = Self.signature(
            method: input.method, parameters: parameters + input.body, secret: credentials.accessKeySecret)
        let query = canonical + "&Signature=" + PercentEncoding.rfc3986(signature)
        return SignedRequest(
            method: input.method, path: "/", query: query, headers: headers,
            body: body, canonicalRequest: nil, stringToSign: stringToSign, signature: signature)
    }

    /// The string to sign and base64 signature of a request to `/` whose query (without `Signature`)
    /// holds `parameters`: what the client sends and what a server recomputes to verify it.
    public static func signature(method: String, parameters: [RPCQueryItem], secret: String) -> (
        stringToSign: String, signature: String
    ) {
        let canonical = PercentEncoding.canonicalQuery(parameters)
        let stringToSign = "\(method)&\(PercentEncoding.rfc3986("/"))&\(PercentEncoding.rfc3986(canonical))"
        let key = SymmetricKey(data: Array((secret + "&").utf8))
        let signature = Data(HMAC<Insecure.SHA1>.authenticationCode(for: Array(stringToSign.utf8), using: key))
            .base64EncodedString()
        return (stringToSign, signature)
    }
}
