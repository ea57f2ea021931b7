/// Settings of one call that override the client's.
public struct CallOptions: Sendable, Hashable {
    /// Timeouts for this call.
    public var timeouts: Timeouts?
    /// Retries for this call.
    public var retry: RetryPolicy?
    /// Whether to check the request against its documented rules; the client's setting when nil.
    public var validates: Bool?

    /// Creates options; nil keeps the client's setting.
    public init(timeouts: Timeouts? = nil, retry: RetryPolicy? = nil, validates: Bool? = nil) {
        self.timeouts = timeouts
        self.retry = retry
        self.validates = validates
    }
}
