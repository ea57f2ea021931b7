import Foundation

/// One call the emulator received on its API, as tests observe it: what was asked, how it was signed,
/// and what was answered.
public struct JournalEntry: Sendable, Hashable, Codable {
    /// The action, when the request named one.
    public var action: String?
    /// `v1` or `v3`, once the signature verified.
    public var signatureVersion: String?
    /// The access key the request was signed with, once verified.
    public var accessKeyId: String?
    /// The signature nonce sent (a retried call is signed again, with a new nonce).
    public var nonce: String?
    /// The status answered; nil when the connection was dropped.
    public var status: Int?
    /// The error code answered, if any.
    public var code: String?
    /// The injected fault, if any (`error`, `delay`, `dropConnection`).
    public var fault: String?
    /// The request ID answered.
    public var requestId: String

    /// Creates an entry.
    public init(
        action: String? = nil, signatureVersion: String? = nil, accessKeyId: String? = nil, nonce: String? = nil,
        status: Int? = nil, code: String? = nil, fault: String? = nil, requestId: String
    ) {
        self.action = action
        self.signatureVersion = signatureVersion
        self.accessKeyId = accessKeyId
        self.nonce = nonce
        self.status = status
        self.code = code
        self.fault = fault
        self.requestId = requestId
    }
}

extension JournalEntry {
    /// The most Unicode scalars an entry keeps of a field its caller chose (action, nonce, key, code).
    public static let maximumFieldLength = 128

    /// The entry with every field its caller chose cut to ``maximumFieldLength`` scalars (not characters: one
    /// character may hold any number of combining scalars).
    func bounded() -> JournalEntry {
        func cut(_ text: String?) -> String? {
            guard let text, text.unicodeScalars.count > Self.maximumFieldLength else { return text }
            return String(String.UnicodeScalarView(text.unicodeScalars.prefix(Self.maximumFieldLength)))
        }
        var entry = self
        entry.action = cut(action)
        entry.nonce = cut(nonce)
        entry.accessKeyId = cut(accessKeyId)
        entry.code = cut(code)
        entry.fault = cut(fault)
        return entry
    }
}

/// The calls received, in order of arrival at the answer: the latest `capacity` of them, each text cut to
/// ``JournalEntry/maximumFieldLength`` scalars, so that a long-running emulator does not grow without
/// bound whatever its callers send.
public actor RequestJournal {
    /// How many calls are kept.
    public let capacity: Int
    private var entries: [JournalEntry] = []
    private var start = 0

    /// An empty journal keeping the latest `capacity` calls (10,000 by default).
    public init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
    }

    /// Records a call, forgetting the oldest beyond the capacity (in batches, so recording stays O(1)
    /// amortised).
    public func record(_ entry: JournalEntry) {
        entries.append(entry.bounded())
        if entries.count - start > capacity { start += 1 }
        if start >= capacity {
            entries.removeFirst(start)
            start = 0
        }
    }

    /// The calls recorded, oldest first.
    public var all: [JournalEntry] { Array(entries[start...]) }

    /// The calls of one action.
    public func calls(of action: String) -> [JournalEntry] { all.filter { $0.action == action } }

    /// Forgets every call.
    public func clear() {
        entries.removeAll()
        start = 0
    }
}
