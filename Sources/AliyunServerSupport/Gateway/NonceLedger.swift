import Foundation

/// The signature nonces seen within the time window a request may be signed in; a nonce used twice by
/// the same access key is a replay. Entries older than the window are forgotten, because a request that
/// old is refused for its timestamp anyway.
public actor NonceLedger {
    private let window: TimeInterval
    private var seen: [String: Date] = [:]
    private var order: [(key: String, at: Date)] = []

    /// A ledger that remembers nonces for `window` seconds (15 minutes, as the gateway's clock skew).
    public init(window: TimeInterval = RequestVerifier.allowedSkew) {
        self.window = window
    }

    /// Records a nonce; false when the access key already used it within the window.
    public func record(_ nonce: String, accessKeyId: String, at now: Date) -> Bool {
        while let oldest = order.first, now.timeIntervalSince(oldest.at) > 2 * window {
            seen[oldest.key] = nil
            order.removeFirst()
        }
        let key = accessKeyId + "\u{0}" + nonce
        guard seen[key] == nil else { return false }
        seen[key] = now
        order.append((key, now))
        return true
    }
}
