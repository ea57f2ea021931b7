import AliyunRuntime
import Foundation

/// The access keys a server accepts, by ID: permanent keys given at start, and temporary ones it issues
/// (an emulated STS adds the credentials of every role it lets a caller assume). A temporary key is refused
/// once its expiration has passed, and forgotten soon after; at most ``temporaryCapacity`` live temporary
/// keys are kept.
public actor AccessKeyStore {
    private var keys: ExpiringTable<Credentials>
    private let permanentCount: Int
    /// The most temporary keys (those with an expiration) kept at once.
    public let temporaryCapacity: Int

    /// A store of these keys; the first of two with one ID wins.
    public init(_ credentials: [Credentials], temporaryCapacity: Int = 100_000) {
        keys = ExpiringTable(
            Dictionary(credentials.map { ($0.accessKeyId, $0) }, uniquingKeysWith: { first, _ in first }))
        permanentCount = keys.count
        self.temporaryCapacity = max(1, temporaryCapacity)
    }

    /// How many keys are kept now, permanent and temporary.
    public var count: Int { keys.count }

    /// The key with this ID, if the store has it.
    public func credentials(for accessKeyId: String) -> Credentials? {
        keys[accessKeyId]
    }

    /// Accepts `credentials` from now on (until their expiration, when they have one); expired keys are
    /// forgotten as the store grows (``ExpiringTable``).
    ///
    /// - Returns: false, adding nothing, when ``temporaryCapacity`` live temporary keys are kept already.
    @discardableResult
    public func add(_ credentials: Credentials, now: Date = Date()) -> Bool {
        if credentials.expiration != nil, keys[credentials.accessKeyId] == nil,
            keys.count - permanentCount >= temporaryCapacity
        {
            keys.prune(now: now)
            guard keys.count - permanentCount < temporaryCapacity else { return false }
        }
        keys.insert(credentials, for: credentials.accessKeyId, now: now)
        return true
    }
}
