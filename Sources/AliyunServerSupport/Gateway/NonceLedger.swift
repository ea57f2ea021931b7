import Foundation

/// The signature nonces seen recently; a nonce used twice by the same access key is a replay.
///
/// Nonces are recorded at their request's signing time. A request is accepted only within `window` of the
/// server's clock either way, so two requests that both pass the timestamp check are at most twice the
/// window apart: an entry older than that, measured from the newest request, can never be replayed
/// successfully and is forgotten. Forgetting walks the entries in arrival order, so each costs O(1).
public actor NonceLedger {
    private let window: TimeInterval
    private var seen: [String: Date] = [:]
    /// Keys in arrival order; those before `head` are forgotten.
    private var order: [(key: String, at: Date)] = []
    private var head = 0

    /// A ledger for requests accepted within `window` seconds of the server's clock (15 minutes, as the
    /// gateway's allowed skew).
    public init(window: TimeInterval = RequestVerifier.allowedSkew) {
        self.window = window
    }

    /// Records a nonce; false when the access key already used it and it is not yet forgotten.
    public func record(_ nonce: String, accessKeyId: String, at now: Date) -> Bool {
        while head < order.count, now.timeIntervalSince(order[head].at) > 2 * window {
            seen[order[head].key] = nil
            head += 1
        }
        if head > 1024, head * 2 > order.count {
            order.removeFirst(head)
            head = 0
        }
        let key = accessKeyId + "\u{0}" + nonce
        guard seen[key] == nil else { return false }
        seen[key] = now
        order.append((key, now))
        return true
    }
}
