import AliyunRuntime

/// The access keys a server accepts: each ID's secret and, for temporary (STS) credentials, the security
/// token that must come with it.
public struct AccessKeyStore: Sendable {
    private var keys: [String: Credentials]

    /// A store holding these credentials, keyed by access key ID.
    public init(_ credentials: [Credentials]) {
        keys = Dictionary(credentials.map { ($0.accessKeyId, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The credentials of an access key ID, if the store has them.
    public func credentials(for accessKeyId: String) -> Credentials? {
        keys[accessKeyId]
    }
}
