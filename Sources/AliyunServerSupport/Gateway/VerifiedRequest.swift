import AliyunRuntime

/// A request whose signature verified: who sent it, which operation it calls, and its parameters.
public struct VerifiedRequest: Sendable, Equatable {
    /// How it was signed (``SignatureVersion/v1`` for both legacy signatures: RPC's `Signature` parameter and
    /// ROA's `Authorization: acs …`).
    public var signatureVersion: SignatureVersion
    /// The access key that signed it.
    public var accessKeyId: String
    /// `ModifyImageAttribute`.
    public var action: String
    /// `2014-05-26`.
    public var version: String
    /// The operation's parameters: the query without the signature's own fields, and a form body's.
    public var parameters: [RPCQueryItem]
    /// The request's headers, names in lower case, for the operations' `in: header` parameters.
    public var headers: [String: String]
    /// The HTTP method: `POST` for RPC calls, the operation's own for ROA calls.
    public var method: String
    /// The path as sent (percent-encoded, as it was signed): `/` for RPC calls, the operation's path for ROA calls.
    public var path: String

    /// Creates a verified request (the verifier does; tests and in-process callers may too).
    public init(
        signatureVersion: SignatureVersion, accessKeyId: String, action: String, version: String,
        parameters: [RPCQueryItem], headers: [String: String] = [:], method: String = "POST", path: String = "/"
    ) {
        self.signatureVersion = signatureVersion
        self.accessKeyId = accessKeyId
        self.action = action
        self.version = version
        self.parameters = parameters
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.method = method
        self.path = path
    }
}
