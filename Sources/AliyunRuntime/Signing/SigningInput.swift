import Foundation

/// Everything a signature depends on; clock, nonce and user agent are inputs so that tests are exact.
public struct SigningInput: Sendable {
    /// The HTTP method: `POST` for RPC, the operation's method for ROA.
    public var method: String
    /// The request path, percent-encoded: `/` for RPC.
    public var path: String = "/"
    /// The documented header parameters (`in: header`), sent with the protocol's own headers and signed as the
    /// signature signs headers: V3 signs them, the ROA signature its `x-acs-*` ones, V1 none (it signs the query).
    public var headers: [RPCQueryItem] = []
    /// A body other than a form (a ROA JSON body), signed by its bytes.
    public var content: RequestContent?
    /// The hex SHA-256 of a body that streams (``content`` then has its media type and no bytes): what the V3
    /// signature signs instead of hashing ``content``'s bytes.
    public var streamedPayloadSHA256: String?
    /// The host the request goes to, e.g. `ecs-cn-hangzhou.aliyuncs.com`.
    public var host: String
    /// The action, e.g. `ModifyImageAttribute`.
    public var action: String
    /// The API version.
    public var version: String
    /// The operation's parameters sent in the query.
    public var parameters: [RPCQueryItem]
    /// The operation's parameters sent as a form body (the spec's `in: formData`); empty for none.
    public var body: [RPCQueryItem]
    /// When the request is signed.
    public var date: Date
    /// A value never used twice.
    public var nonce: String
    /// The `user-agent` header.
    public var userAgent: String
    /// Who signs; nil for an anonymous call, sent unsigned.
    public var credentials: Credentials?

    /// Creates the input.
    public init(
        method: String = "POST", host: String, action: String, version: String, parameters: [RPCQueryItem], date: Date,
        nonce: String, userAgent: String, credentials: Credentials?, body: [RPCQueryItem] = []
    ) {
        self.body = body
        self.method = method
        self.host = host
        self.action = action
        self.version = version
        self.parameters = parameters
        self.date = date
        self.nonce = nonce
        self.userAgent = userAgent
        self.credentials = credentials
    }

    /// `yyyy-MM-ddTHH:mm:ssZ` in UTC, as both signature versions write the date.
    public var timestamp: String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// The body's bytes and media type: ``content``, else the form of ``body``, else none.
    public var payload: (bytes: [UInt8], contentType: String?) {
        if let content { return (content.bytes, content.contentType) }
        if body.isEmpty { return ([], nil) }
        return (Array(PercentEncoding.form(body).utf8), "application/x-www-form-urlencoded")
    }
}

/// A signed request, ready to send, with the intermediate values for inspection.
public struct SignedRequest: Sendable, Equatable {
    /// The HTTP method.
    public var method: String
    /// The path: `/` for RPC.
    public var path: String
    /// The query string, encoded.
    public var query: String
    /// Headers in the order they are sent; names in lower case except `Authorization`.
    public var headers: [(name: String, value: String)]
    /// The body: the form parameters, a ROA body, or empty.
    public var body: [UInt8]
    /// V3 only: the canonical request.
    public var canonicalRequest: String?
    /// The string that was signed; empty for an anonymous call.
    public var stringToSign: String
    /// The signature; empty for an anonymous call.
    public var signature: String

    /// Compares every field.
    public static func == (lhs: SignedRequest, rhs: SignedRequest) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.query == rhs.query
            && lhs.headers.map(\.name) == rhs.headers.map(\.name)
            && lhs.headers.map(\.value) == rhs.headers.map(\.value)
            && lhs.body == rhs.body && lhs.canonicalRequest == rhs.canonicalRequest
            && lhs.stringToSign == rhs.stringToSign && lhs.signature == rhs.signature
    }

    /// The value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
