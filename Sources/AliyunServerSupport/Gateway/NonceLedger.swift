import Foundation

/// The signature nonces seen recently; a nonce used twice by the same access key is a replay.
///
/// A request passes the timestamp check only while its signing time is within `window` of the server's
/// clock, so its nonce matters until `signedAt + window`: after that, a replay is refused as expired anyway
/// and the entry is forgotten. Entries are forgotten in arrival order, so each costs O(1) amortised.
///
/// Memory is bounded whatever the traffic: an entry is a 128-bit digest of the key and nonce (a 2 KB nonce
/// costs what a 16-byte one does), and each class of caller has a hard cap: callers with no access key
/// (anonymous calls, which anyone can send) share ``anonymousCapacity``, signed callers ``capacity``. A
/// full ledger answers ``Recording/full`` rather than forget a nonce that could still be replayed, and
/// the gateway turns that into throttling.
public actor NonceLedger {
    /// What recording a nonce found.
    public enum Recording: Sendable, Equatable {
        /// A new nonce, now recorded.
        case recorded
        /// The access key used the nonce within the window: a replay.
        case replayed
        /// The ledger holds as many live nonces of this class of caller as it may; try again later.
        case full
    }

    /// The most live nonces of signed callers kept at once.
    public let capacity: Int
    /// The most live nonces of anonymous callers kept at once.
    public let anonymousCapacity: Int
    private let window: TimeInterval
    private let salt = Salt()
    private var seen: Set<Digest> = []
    /// Entries in arrival order; those before `head` are forgotten.
    private var order: [(digest: Digest, expires: Date, anonymous: Bool)] = []
    private var head = 0
    private var anonymousCount = 0

    /// A ledger for requests accepted within `window` seconds of the server's clock (15 minutes, as the
    /// gateway's allowed skew), holding at most `capacity` live nonces of signed callers and
    /// `anonymousCapacity` of anonymous ones.
    public init(
        window: TimeInterval = RequestVerifier.allowedSkew, capacity: Int = 1_000_000, anonymousCapacity: Int = 50_000
    ) {
        self.window = window
        self.capacity = max(1, capacity)
        self.anonymousCapacity = max(1, anonymousCapacity)
    }

    /// How many nonces are kept now (of both classes).
    public var count: Int { seen.count }

    /// Records the nonce of a request signed at `signedAt` by `accessKeyId` (empty for an anonymous call),
    /// as the server's clock reads `now`.
    public func record(_ nonce: String, accessKeyId: String, signedAt: Date, now: Date) -> Recording {
        forgetExpired(now: now)
        let digest = salt.digest(accessKeyId, nonce)
        guard !seen.contains(digest) else { return .replayed }
        let anonymous = accessKeyId.isEmpty
        if anonymous ? anonymousCount >= anonymousCapacity : seen.count - anonymousCount >= capacity {
            return .full
        }
        let expires = signedAt.addingTimeInterval(window)
        seen.insert(digest)
        order.append((digest, expires, anonymous))
        if anonymous { anonymousCount += 1 }
        return .recorded
    }

    /// Forgets, from the oldest arrival on, every nonce whose request would now be refused as expired. An
    /// entry that is still live stops the walk; those behind it go when it does (at most a window later).
    private func forgetExpired(now: Date) {
        while head < order.count, order[head].expires < now {
            // A digest is recorded only when absent and removed only here, so the entry is the one in `seen`.
            let entry = order[head]
            seen.remove(entry.digest)
            if entry.anonymous { anonymousCount -= 1 }
            head += 1
        }
        if head > 1024, head * 2 > order.count {
            order.removeFirst(head)
            head = 0
        }
    }
}

/// 128 bits standing for an access key and a nonce.
private struct Digest: Hashable {
    var high: UInt64
    var low: UInt64
}

/// Two independent random seeds for the digests, chosen per ledger: a caller cannot aim nonces at one
/// bucket or make two nonces collide on purpose.
private struct Salt: Sendable {
    let first = UInt64.random(in: .min ... .max)
    let second = UInt64.random(in: .min ... .max)

    func digest(_ accessKeyId: String, _ nonce: String) -> Digest {
        Digest(high: hash(first, accessKeyId, nonce), low: hash(second, accessKeyId, nonce))
    }

    private func hash(_ seed: UInt64, _ accessKeyId: String, _ nonce: String) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(seed)
        hasher.combine(accessKeyId)
        hasher.combine(nonce)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}
