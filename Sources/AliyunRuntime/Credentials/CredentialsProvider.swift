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
    private let source: String?

    /// Uses these credentials; an empty id or secret is an error when they are asked for.
    public init(_ credentials: Credentials) {
        value = credentials
        source = nil
    }

    /// Uses credentials read from `source` (a file and profile), which errors and the summary name.
    public init(_ credentials: Credentials, source: String) {
        value = credentials
        self.source = source
    }

    /// The credentials given.
    public func credentials() async throws -> Credentials {
        let source = source ?? "the static credentials"
        guard !value.accessKeyId.isEmpty, !value.accessKeySecret.isEmpty else {
            throw CredentialsError("\(source): empty access key id or secret")
        }
        return try value.checked(source: source)
    }

    /// The access key ID (not a secret), whether a token comes with it, and where they were read.
    public var sourceSummary: String {
        "access key \(value.accessKeyId)" + (value.securityToken == nil ? "" : " with a security token")
            + (source.map { " from \($0)" } ?? "")
    }
}
