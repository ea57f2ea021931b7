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
}

/// Every call received, in order of arrival at the answer.
public actor RequestJournal {
    private var entries: [JournalEntry] = []

    /// An empty journal.
    public init() {}

    /// Records a call.
    public func record(_ entry: JournalEntry) {
        entries.append(entry)
    }

    /// The calls recorded.
    public var all: [JournalEntry] { entries }

    /// The calls of one action.
    public func calls(of action: String) -> [JournalEntry] { entries.filter { $0.action == action } }

    /// Forgets every call.
    public func clear() {
        entries.removeAll()
    }
}
