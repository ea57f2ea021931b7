/// Settings of one call that override the client's.
public struct CallOptions: Sendable, Hashable {
    /// Timeouts for this call.
    public var timeouts: Timeouts?
    /// Retries for this call.
    public var retry: RetryPolicy?
    /// How to check the request against its documented rules; the client's mode when nil.
    /// `CallOptions(validation: .warn)` sends one request that a rule would block, logging the rule.
    public var validation: ValidationMode?

    /// Creates options; nil keeps the client's setting.
    public init(timeouts: Timeouts? = nil, retry: RetryPolicy? = nil, validation: ValidationMode? = nil) {
        self.timeouts = timeouts
        self.retry = retry
        self.validation = validation
    }

    /// Whether to check the request: `true` keeps the client's mode, `false` is ``ValidationMode/off``.
    @available(*, deprecated, message: "use validation: a ValidationMode")
    public init(timeouts: Timeouts? = nil, retry: RetryPolicy? = nil, validates: Bool) {
        self.init(timeouts: timeouts, retry: retry, validation: validates ? nil : .off)
    }
}
