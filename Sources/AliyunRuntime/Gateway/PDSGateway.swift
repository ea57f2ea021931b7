import Foundation

/// Drive and Photo Service's gateway, as the official SDK calls it through `alibabacloud_gateway_pds` (its default
/// signature version): the legacy ROA signature (``ROASigner/stringToSign(method:path:parameters:headers:)``,
/// HMAC-SHA1, `Authorization: acs AccessKeyId:Signature`) over the headers that gateway writes, which are not the
/// common gateway's (no `x-acs-credentials-provider`, an STS token only as `x-acs-security-token`); or, with a bearer
/// token, no signature but `x-acs-bearer-token` and `Authorization: Bearer …`.
public struct PDSGateway: RequestGateway {
    /// The media type the official gateway signs for ``signsUnsentContentType(action:path:)`` without sending it.
    public static let unsentSignedContentType = "application/x-www-form-urlencoded; charset=UTF-8"

    /// Whether the official gateway signs a call without a body as if it had sent ``unsentSignedContentType``: it
    /// does so for DownloadFile (a `GET` of `/v2/file/download` with a form's media type and no body).
    public static func signsUnsentContentType(action: String, path: String) -> Bool {
        action == "DownloadFile" && path == "/v2/file/download"
    }

    /// A PDS access token (a user's, from PDS's OAuth flow): when set, calls carry it instead of a signature.
    public var bearerToken: String?

    /// Creates the gateway; `bearerToken`, when given, authorises every call instead of the access key.
    public init(bearerToken: String? = nil) { self.bearerToken = bearerToken }

    /// True: the signature does not sign the body, and answers are read as they came (a downloaded file streams).
    public var streamsBodies: Bool { true }

    /// The call as PDS's gateway wants it.
    public func request(
        for call: RPCCall, input: SigningInput, endpoint: ServiceEndpoint, configuration: RPCClientConfiguration
    ) -> HTTPRequest {
        let (body, contentType) = input.payload
        var headers: [(name: String, value: String)] = [
            ("date", ROASigner.httpDate(input.date)), ("host", endpoint.authority), ("x-acs-version", input.version),
            ("x-acs-action", input.action), ("user-agent", input.userAgent), ("x-acs-signature-nonce", input.nonce),
            ("accept", "application/json"),
        ]
        headers += input.headers.map { (name: $0.name, value: $0.value) }
        if let contentType { headers.append(("content-type", contentType)) }
        headers += [("x-acs-signature-method", "HMAC-SHA1"), ("x-acs-signature-version", "1.0")]
        if call.isAnonymous {
            // Sent unsigned.
        } else if let bearerToken {
            headers += [("x-acs-bearer-token", bearerToken), ("Authorization", "Bearer \(bearerToken)")]
        } else if let credentials = input.credentials {
            if let token = credentials.securityToken, !token.isEmpty { headers.append(("x-acs-security-token", token)) }
            var signed = headers
            if contentType == nil, Self.signsUnsentContentType(action: call.action, path: call.path) {
                signed.append(("content-type", Self.unsentSignedContentType))
            }
            let text = ROASigner.stringToSign(
                method: call.method, path: call.path, parameters: input.parameters, headers: signed)
            let signature = ROASigner.signature(stringToSign: text, secret: credentials.accessKeySecret)
            headers.append(("Authorization", "acs \(credentials.accessKeyId):\(signature)"))
        }
        let query = PercentEncoding.canonicalQuery(input.parameters)
        return HTTPRequest(
            method: call.method,
            url: "\(endpoint.scheme)://\(endpoint.authority)\(call.path)\(query.isEmpty ? "" : "?" + query)",
            headers: headers, body: body)
    }
}
