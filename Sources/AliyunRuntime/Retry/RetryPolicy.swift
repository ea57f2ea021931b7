import Foundation

/// When and how often failed calls are tried again.
///
/// A failure is retried only when another attempt cannot do twice what the caller asked once:
/// - **Every call**: failures before the service acted — connection failures and connect timeouts
///   (nothing was sent), HTTP 429 and error codes starting with `Throttling` (the service refused the call
///   before acting on it).
/// - **Idempotent calls only** (``RPCCall/isIdempotent``: reads — the metadata's access level is `get` or
///   `list` and the operation's name reads too, so `SendSms`, labelled `get`, is not one — calls carrying a
///   `ClientToken`, which the generated SDK fills with a fresh UUID when left empty and keeps across
///   attempts, and those the generator's configuration lists under `retrySafe`): failures after the call
///   may have reached the service — 5xx answers, `ServiceUnavailable`, read and total timeouts, connections
///   broken after sending. A 504 after RunInstances succeeded is not retried unless the call has its token.
/// - **Never**: other client errors (4xx), redirects; nor when the client's ``RetryBudget`` is empty.
///
/// Delays grow exponentially from
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

    /// Whether a reply is worth another attempt, for a call that is or is not idempotent.
    public static func isRetryable(_ reply: RPCReply, idempotent: Bool) -> Bool {
        if reply.status == 429 { return true }
        // A success is never repeated, whatever its body holds (the official SDKs raise, and retry, on error
        // statuses only): only an error answer's body is read for its code.
        guard !(200..<300).contains(reply.status) else { return false }
        let code = (ServiceErrorDecoder.decode(status: reply.status, body: reply.body) as? ServiceError)?.code
        if code?.hasPrefix("Throttling") == true { return true }
        guard idempotent else { return false }
        return (500..<600).contains(reply.status) || code == "ServiceUnavailable"
    }

    /// Whether an error is worth another attempt, for a call that is or is not idempotent.
    public static func isRetryable(_ error: any Error, idempotent: Bool) -> Bool {
        switch error {
        case let error as TransportError:
            error.kind == .connect || (idempotent && error.kind == .exchange)
        case let error as TimeoutError:
            error.phase == .connect || idempotent
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
