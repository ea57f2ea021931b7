/// Where credentials come from.
public protocol CredentialsProvider: Sendable {
    /// The credentials to sign with.
    ///
    /// - Throws: ``CredentialsError`` when there are none or their source is malformed.
    func credentials() async throws -> Credentials
}

/// Credentials could not be found or read; nothing was sent.
public struct CredentialsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong; never contains a secret.
    public var message: String

    /// Creates the error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Fixed credentials.
public struct StaticCredentialsProvider: CredentialsProvider, CredentialsSourceDescribing {
    private let value: Credentials

    /// Uses these credentials; an empty id or secret is an error when they are asked for.
    public init(_ credentials: Credentials) {
        value = credentials
    }

    /// The credentials given.
    public func credentials() async throws -> Credentials {
        guard !value.accessKeyId.isEmpty, !value.accessKeySecret.isEmpty else {
            throw CredentialsError("the static credentials have an empty access key id or secret")
        }
        return try value.checked(source: "the static credentials")
    }

    /// The access key ID (not a secret) and whether a token comes with it.
    public var sourceSummary: String {
        "access key \(value.accessKeyId)" + (value.securityToken == nil ? "" : " with a security token")
    }
}
