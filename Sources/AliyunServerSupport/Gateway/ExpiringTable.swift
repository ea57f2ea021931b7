import AliyunRuntime
import Foundation

/// A value that stops being valid at its expiration (nil: never).
public protocol Expiring: Sendable {
    /// When the value stops being valid; nil for never.
    var expiration: Date? { get }
}

extension Credentials: Expiring {}

/// Values by key that forget the expired ones as the table grows: whenever it doubles past its live size,
/// one pass drops every expired value, so each insertion costs O(1) amortised and the table holds at most
/// about twice its live values (plus 1,024).
public struct ExpiringTable<Value: Expiring>: Sendable {
    private var values: [String: Value]
    private var pruneAt: Int

    /// A table of these values.
    public init(_ values: [String: Value] = [:]) {
        self.values = values
        pruneAt = values.count + 1024
    }

    /// How many values are kept, expired ones not yet forgotten included.
    public var count: Int { values.count }

    /// The value of a key, if kept (expired or not).
    public subscript(key: String) -> Value? { values[key] }

    /// Keeps `value` under `key`, forgetting expired values first when the table has grown enough.
    public mutating func insert(_ value: Value, for key: String, now: Date) {
        if values.count >= pruneAt { prune(now: now) }
        values[key] = value
    }

    /// Forgets every value expired at `now`.
    public mutating func prune(now: Date) {
        values = values.filter { ($0.value.expiration ?? .distantFuture) > now }
        pruneAt = values.count * 2 + 1024
    }
}
