import Foundation

/// The bookkeeping of ``RefreshingCredentials``, with no clock, task or log of its own: the cached
/// credentials and when they expire, the refresh in flight and its generation, and the backoff after
/// failed refreshes.
///
/// Every refresh gets a new generation, and only the outcome of the refresh in flight is applied: a
/// waiter that resumes after a newer refresh began (or ended) changes nothing.
struct RefreshState<Refresh> {
    /// Credentials and when they stop being usable: their `Expiration`, or an assumed one.
    struct Cached {
        var credentials: Credentials
        var expiration: Date?
    }

    /// The last credentials fetched.
    private(set) var cached: Cached?
    /// The refresh in flight and its generation.
    private(set) var inFlight: (generation: Int, refresh: Refresh)?
    /// The generation of the last refresh begun.
    private(set) var generation = 0
    /// Failed refreshes since the last success.
    private(set) var failures = 0
    /// No new refresh before this date, after a failure.
    private(set) var retryNotBefore: Date?
    /// The last refresh's error, until a refresh succeeds.
    private(set) var lastError: (any Error)?

    /// The cached credentials, if they have not expired at `now`.
    func valid(at now: Date) -> Credentials? {
        guard let cached else { return nil }
        guard let expiration = cached.expiration else { return cached.credentials }
        return now < expiration ? cached.credentials : nil
    }

    /// Whether a failed refresh's backoff still holds at `now`.
    func isBackingOff(at now: Date) -> Bool {
        retryNotBefore.map { now < $0 } ?? false
    }

    /// Records a new refresh as the one in flight and returns its generation.
    mutating func begin(_ refresh: Refresh) -> Int {
        generation += 1
        inFlight = (generation, refresh)
        return generation
    }

    /// Applies the outcome of the refresh of `generation`: the credentials, usable until `expiration`, or
    /// the error, after which no refresh begins for `backoff(failures)`. Returns false, changing nothing,
    /// when that refresh is no longer the one in flight.
    mutating func finish(
        _ generation: Int, _ outcome: Result<Cached, any Error>, now: Date, backoff: (Int) -> TimeInterval
    ) -> Bool {
        guard inFlight?.generation == generation else { return false }
        inFlight = nil
        switch outcome {
        case .success(let fresh):
            cached = fresh
            failures = 0
            retryNotBefore = nil
            lastError = nil
        case .failure(let error):
            failures += 1
            retryNotBefore = now.addingTimeInterval(backoff(failures))
            lastError = error
        }
        return true
    }
}
