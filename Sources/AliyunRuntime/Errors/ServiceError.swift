/// An error answer from an Alibaba Cloud service, decoded by field name.
public struct ServiceError: Error, Sendable, Equatable, Hashable, CustomStringConvertible, CustomReflectable {
    /// The HTTP status of the answer.
    public var httpStatus: Int
    /// The error code, e.g. `InvalidImageName.Malformed`.
    public var code: String
    /// The server's message with every secret it quotes replaced by `<redacted>` (``Redaction/text(_:)``):
    /// a refused signature's message holds the server's string to sign, and with it the security token.
    /// What ``description``, the command line and logs show.
    public var message: String {
        get { Redaction.text(unredactedMessage) }
        set { unredactedMessage = newValue }
    }
    /// The server's message as it came, which may quote a security token or a signature: never print or
    /// log it; ``message`` is the same text with those redacted.
    public var unredactedMessage: String
    /// The request id, for support tickets.
    public var requestId: String?
    /// The host that answered.
    public var hostId: String?
    /// The troubleshooting link the server recommends.
    public var recommend: String?
    /// Why RAM denied access, when it did.
    public var accessDeniedDetail: AccessDeniedDetail?

    /// Creates a service error.
    public init(
        httpStatus: Int,
        code: String,
        message: String,
        requestId: String? = nil,
        hostId: String? = nil,
        recommend: String? = nil,
        accessDeniedDetail: AccessDeniedDetail? = nil
    ) {
        self.httpStatus = httpStatus
        self.code = code
        self.unredactedMessage = message
        self.requestId = requestId
        self.hostId = hostId
        self.recommend = recommend
        self.accessDeniedDetail = accessDeniedDetail
    }

    /// `code (HTTP status): message [request id]`, the message redacted.
    public var description: String {
        "\(code) (HTTP \(httpStatus)): \(message)" + (requestId.map { " [RequestId \($0)]" } ?? "")
    }

    /// The fields with the message redacted and ``unredactedMessage`` left out, for `dump` and debuggers.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "httpStatus": httpStatus, "code": code, "message": message, "requestId": requestId as Any,
                "hostId": hostId as Any, "recommend": recommend as Any, "accessDeniedDetail": accessDeniedDetail as Any,
            ], displayStyle: .struct)
    }
}

/// RAM's explanation of a denied call (`AccessDeniedDetail`).
public struct AccessDeniedDetail: Sendable, Equatable, Hashable, Codable {
    /// The action that was denied, e.g. `ecs:DescribeInstances`.
    public var authAction: String?
    /// The kind of principal, e.g. `SubUser`.
    public var authPrincipalType: String?
    /// The principal's owner.
    public var authPrincipalOwnerId: String?
    /// The principal's display name.
    public var authPrincipalDisplayName: String?
    /// `ImplicitDeny` or `ExplicitDeny`.
    public var noPermissionType: String?
    /// The kind of policy that decided.
    public var policyType: String?
    /// An encoded message for RAM's diagnosis tool.
    public var encodedDiagnosticMessage: String?

    enum CodingKeys: String, CodingKey {
        case authAction = "AuthAction"
        case authPrincipalType = "AuthPrincipalType"
        case authPrincipalOwnerId = "AuthPrincipalOwnerId"
        case authPrincipalDisplayName = "AuthPrincipalDisplayName"
        case noPermissionType = "NoPermissionType"
        case policyType = "PolicyType"
        case encodedDiagnosticMessage = "EncodedDiagnosticMessage"
    }

    /// Creates a detail.
    public init(
        authAction: String? = nil,
        authPrincipalType: String? = nil,
        authPrincipalOwnerId: String? = nil,
        authPrincipalDisplayName: String? = nil,
        noPermissionType: String? = nil,
        policyType: String? = nil,
        encodedDiagnosticMessage: String? = nil
    ) {
        self.authAction = authAction
        self.authPrincipalType = authPrincipalType
        self.authPrincipalOwnerId = authPrincipalOwnerId
        self.authPrincipalDisplayName = authPrincipalDisplayName
        self.noPermissionType = noPermissionType
        self.policyType = policyType
        self.encodedDiagnosticMessage = encodedDiagnosticMessage
    }
}
