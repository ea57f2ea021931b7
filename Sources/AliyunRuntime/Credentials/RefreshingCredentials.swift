import Foundation
import Logging

/// Temporary credentials, cached and refreshed before they expire: however many tasks ask at once, one
/// fetch is in flight; a failed refresh keeps the cached credentials while they are still valid, and the
/// next refresh waits for a backoff that doubles with each failure (``backoff(afterFailures:)``).
///
/// Temporary credentials (with a security token) whose `Expiration` is missing or unreadable are taken to
/// expire ``unknownExpirationLifetime`` after they were fetched, with a warning, never kept for good.
public actor RefreshingCredentials {
    /// How long before expiry a refresh starts.
    public let margin: TimeInterval
    /// How long temporary credentials without a readable expiration are used: 15 minutes, the shortest
    /// session STS grants (its `DurationSeconds` is at least 900), so that such credentials are refreshed
    /// before any session could have ended. (Alibaba's Python credentials library assumes an hour.)
    public static let unknownExpirationLifetime: TimeInterval = 15 * 60
    /// The longest wait after failed refreshes before the next one.
    public static let maximumBackoff: TimeInterval = 60

    private let fetch: @Sendable () async throws -> Credentials
    private let now: @Sendable () -> Date
    private let logger: Logger
    private let source: String
    private var state = State()
    private typealias State = RefreshState<Task<Credentials, any Error>>
    /// How many fetches were made (for tests and logs): every fetch begins a refresh generation.
    public var fetches: Int { state.generation }

    /// A cache over `fetch`.
    ///
    /// - Parameters:
    ///   - margin: How long before expiry a refresh starts.
    ///   - now: The clock.
    ///   - logger: Where a warning goes when temporary credentials come without a readable expiration.
    ///   - source: What the warning calls the credentials' source, e.g. `the credentials URI https://host/path`.
    ///   - fetch: Fetches fresh credentials.
    public init(
        margin: TimeInterval = 180, now: @escaping @Sendable () -> Date = { Date() },
        logger: Logger = Logger(label: "aliyun.credentials"), source: String = "temporary credentials",
        fetch: @escaping @Sendable () async throws -> Credentials
    ) {
        self.margin = margin
        self.now = now
        self.logger = logger
        self.source = source
        self.fetch = fetch
    }

    /// The wait after `failures` failed refreshes in a row: 1 s, doubling, at most ``maximumBackoff``.
    public static func backoff(afterFailures failures: Int) -> TimeInterval {
        min(pow(2, Double(min(max(failures, 1), 32) - 1)), maximumBackoff)
    }

    /// The cached credentials, refreshed first when they expire within the margin; within a failed
    /// refresh's backoff, the cached credentials while valid, else that refresh's error.
    public func credentials() async throws -> Credentials {
        let start = now()
        // Still valid a margin from now: no refresh is due.
        if let fresh = state.valid(at: start.addingTimeInterval(margin)) { return fresh }
        if state.inFlight == nil, state.isBackingOff(at: start), let error = state.lastError {
            if let valid = state.valid(at: start) { return valid }
            throw error
        }
        let (generation, task) = state.inFlight ?? begin()
        let result = await task.result
        finish(generation, result)
        switch result {
        case .success(let fresh):
            return fresh
        case .failure(let error):
            if let valid = state.valid(at: now()) { return valid }
            throw error
        }
    }

    private func begin() -> (Int, Task<Credentials, any Error>) {
        let fetch = self.fetch
        let task = Task { try await fetch() }
        return (state.begin(task), task)
    }

    /// Applies a refresh's outcome, once, and only while it is the refresh in flight.
    private func finish(_ generation: Int, _ result: Result<Credentials, any Error>) {
        let finished = now()
        let outcome = result.map { fresh in
            State.Cached(
                credentials: fresh, expiration: fresh.expiration ?? assumedExpiration(of: fresh, from: finished))
        }
        guard state.finish(generation, outcome, now: finished, backoff: Self.backoff(afterFailures:)) else { return }
        if case .success(let fresh) = result, fresh.expiration == nil, fresh.securityToken != nil {
            let minutes = Int(Self.unknownExpirationLifetime / 60)
            logger.warning(
                "temporary credentials from \(source) have no readable Expiration; they are refreshed as if they expired \(minutes) minutes after they were fetched"
            )
        }
    }

    /// When credentials without an expiration are taken to expire: temporary ones (with a token) after
    /// ``unknownExpirationLifetime``; a permanent key never.
    private func assumedExpiration(of credentials: Credentials, from fetched: Date) -> Date? {
        credentials.securityToken == nil ? nil : fetched.addingTimeInterval(Self.unknownExpirationLifetime)
    }
}
