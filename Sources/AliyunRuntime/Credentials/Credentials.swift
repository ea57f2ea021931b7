import Foundation

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
    /// When temporary credentials stop working; nil for a permanent key.
    public var expiration: Date?

    /// Creates credentials.
    public init(accessKeyId: String, accessKeySecret: String, securityToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyId = accessKeyId
        self.accessKeySecret = accessKeySecret
        self.securityToken = securityToken
        self.expiration = expiration
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

    /// The credentials, refused when a part holds a control character (a secret read from a file often
    /// ends in a newline), which no HTTP header or query may carry. The error names `source` and the part,
    /// never the value.
    public func checked(source: String) throws(CredentialsError) -> Credentials {
        let parts =
            [("access key ID", accessKeyId), ("access key secret", accessKeySecret)]
            + (securityToken.map { [("security token", $0)] } ?? [])
        for (part, value) in parts {
            if let bad = value.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
                let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
                throw CredentialsError(
                    "the \(part) from \(source) contains the control character \(code)"
                        + (bad == "\n" || bad == "\r" ? " (a line break: was it read from a file?)" : "")
                        + "; remove it")
            }
        }
        return self
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
