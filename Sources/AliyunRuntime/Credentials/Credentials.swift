/// An access key pair, with an STS token when it is temporary.
///
/// The secret and the token never appear in `description`, `debugDescription`, `dump` output or
/// any message of this library.
public struct Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable
{
    /// The access key id.
    public var accessKeyId: String
    /// The access key secret.
    public var accessKeySecret: String
    /// The STS security token of temporary credentials.
    public var securityToken: String?

    /// Creates credentials.
    public init(accessKeyId: String, accessKeySecret: String, securityToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.accessKeySecret = accessKeySecret
        self.securityToken = securityToken
    }

    /// The id, with the secret and token redacted.
    public var description: String {
        "Credentials(accessKeyId: \(accessKeyId), accessKeySecret: <redacted>"
            + (securityToken == nil ? ")" : ", securityToken: <redacted>)")
    }

    /// Same as ``description``.
    public var debugDescription: String { description }

    /// What `dump` and other reflection see: the id, and the secret and token redacted.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyId": accessKeyId, "accessKeySecret": "<redacted>",
                "securityToken": securityToken == nil ? "nil" : "<redacted>",
            ])
    }
}
