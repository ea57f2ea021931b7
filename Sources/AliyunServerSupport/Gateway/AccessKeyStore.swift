import AliyunRuntime
import Foundation

/// The access keys a server accepts, by ID: permanent keys given at start, and temporary ones it issues
/// (an emulated STS adds the credentials of every role it lets a caller assume). A temporary key is refused
/// once its expiration has passed.
public actor AccessKeyStore {
    private var keys: [String: Credentials]

    /// A store of these keys; the first of two with one ID wins.
    public init(_ credentials: [Credentials]) {
        keys = Dictionary(credentials.map { ($0.accessKeyId, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The key with this ID, if the store has it.
    public func credentials(for accessKeyId: String) -> Credentials? {
        keys[accessKeyId]
    }

    /// Accepts `credentials` from now on (until their expiration, when they have one).
    public func add(_ credentials: Credentials) {
        keys[credentials.accessKeyId] = credentials
    }
}
