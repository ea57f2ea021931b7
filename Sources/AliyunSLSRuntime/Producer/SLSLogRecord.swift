import Foundation

/// One key and its value: a log's content, or a tag of the log group (`__tag__:key`).
public struct SLSLogField: Sendable, Hashable {
    /// The key.
    public var key: String
    /// The value.
    public var value: String

    /// A key and its value.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// One log as ``SLSProducer`` sends it: when it happened (seconds since 1970, and optionally the nanoseconds within
/// that second, SLS's `Time_ns`) and its contents, keys and values in order.
public struct SLSLogRecord: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var time: UInt32
    /// The nanoseconds within ``time``'s second (below 1,000,000,000), or nil to send none.
    public var nanoseconds: UInt32?
    /// The contents, in order.
    public var contents: [SLSLogField]

    /// A log at `time` seconds (and `nanoseconds`) with these contents.
    public init(time: UInt32, nanoseconds: UInt32? = nil, contents: [SLSLogField]) {
        self.time = time
        self.nanoseconds = nanoseconds.map { min($0, 999_999_999) }
        self.contents = contents
    }

    /// A log at `date` (to the nanosecond), now unless told otherwise, with these contents.
    public init(date: Date = Date(), contents: [SLSLogField]) {
        let interval = max(0, date.timeIntervalSince1970)
        let seconds = interval.rounded(.down)
        self.init(
            time: UInt32(clamping: Int64(seconds)),
            nanoseconds: UInt32(clamping: Int64((interval - seconds) * 1_000_000_000)), contents: contents)
    }

    /// A log at `date`, now unless told otherwise, with these contents in the order written.
    public init(date: Date = Date(), _ contents: KeyValuePairs<String, String>) {
        self.init(date: date, contents: contents.map { SLSLogField(key: $0.key, value: $0.value) })
    }

    /// At least the bytes this log takes in a PutLogs log group's protobuf: each varint at its widest, so that a
    /// batch whose logs' sizes (plus ``SLSProducerConfiguration/groupOverhead``) fit a limit encodes within it.
    var encodedSizeBound: Int {
        // The log's field in the group (tag, length), Time (tag, varint), Time_ns (tag, fixed32).
        var size = 6 + 6 + (nanoseconds == nil ? 0 : 5)
        for field in contents { size += Self.pairSizeBound(field) }
        return size
    }

    /// At least the bytes a key and value take as a `Content` (or a `LogTag`) in its parent: tag and length of the
    /// pair, then tag, length and bytes of each string.
    static func pairSizeBound(_ field: SLSLogField) -> Int {
        6 + 6 + field.key.utf8.count + 6 + field.value.utf8.count
    }
}
