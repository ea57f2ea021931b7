import Foundation

/// When and how often failed calls are tried again.
///
/// Retried: HTTP 429 and 5xx answers, error codes starting with `Throttling` and `ServiceUnavailable`,
/// connection failures and connect timeouts (nothing reached the server). Never retried: other
/// client errors (4xx), read timeouts (the server may have acted). Delays grow exponentially from
/// `baseDelay`, each capped at `maxDelay`, with full jitter (a random part of the cap); an
/// `x-acs-retry-after` header (milliseconds) replaces the delay, capped the same way. Retries stop
/// after `maxAttempts` attempts or when the next delay would take the total past `maxTotalDelay`.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; 1 disables retries.
    public var maxAttempts: Int
    /// The first delay's cap.
    public var baseDelay: Duration
    /// The cap of each delay.
    public var maxDelay: Duration
    /// The cap of all delays together.
    public var maxTotalDelay: Duration

    /// Defaults: 3 attempts, 200 ms base, 5 s per delay, 15 s in all.
    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(5),
        maxTotalDelay: Duration = .seconds(15)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxTotalDelay = maxTotalDelay
    }

    /// No retries.
    public static let disabled = RetryPolicy(maxAttempts: 1)

    /// Whether a reply is worth another attempt.
    public static func isRetryable(_ reply: RPCReply) -> Bool {
        if reply.status == 429 || (500..<600).contains(reply.status) { return true }
        guard let code = (ServiceErrorDecoder.decode(status: reply.status, body: reply.body) as? ServiceError)?.code
        else { return false }
        return code.hasPrefix("Throttling") || code == "ServiceUnavailable"
    }

    /// Whether an error is worth another attempt.
    public static func isRetryable(_ error: any Error) -> Bool {
        switch error {
        case let error as TransportError: error.kind == .connect
        case let error as TimeoutError: error.phase == .connect
        default: false
        }
    }

    /// The delay before attempt `attempt + 1`, given a random number in `0..<1`.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?, random: Double) -> Duration {
        if let retryAfter { return min(retryAfter, maxDelay) }
        let exponent = min(attempt - 1, 30)
        let cap = min(baseDelay * (1 << exponent), maxDelay)
        return cap * min(max(random, 0), 1)
    }

    /// `x-acs-retry-after`, in milliseconds.
    public static func retryAfter(_ reply: RPCReply) -> Duration? {
        reply.headers["x-acs-retry-after"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            .map { .milliseconds(max($0, 0)) }
    }
}
