/// How long and how often to poll while waiting for a resource's state.
public struct WaiterOptions: Sendable {
    /// The shortest delay between two polls.
    public var minDelay: Duration
    /// The longest delay between two polls; delays double from `minDelay` up to it, jittered.
    public var maxDelay: Duration
    /// How long to wait in all before ``WaiterTimeoutError``.
    public var timeout: Duration
    /// Waits between polls (injectable for tests).
    public var sleeper: any Sleeper
    /// A random number in `0..<1` for the jitter.
    public var jitter: @Sendable () -> Double
    /// The time now, for the timeout (injectable for tests).
    public var now: @Sendable () -> ContinuousClock.Instant

    /// Defaults: 2 s to 30 s between polls, 10 minutes in all. A `minDelay` under 10 ms is 10 ms.
    public init(
        minDelay: Duration = .seconds(2), maxDelay: Duration = .seconds(30), timeout: Duration = .seconds(600),
        sleeper: any Sleeper = TaskSleeper(), jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }
    ) {
        self.now = now
        // A zero delay would double to zero: polls never pause. 10 ms is the least.
        self.minDelay = max(minDelay, .milliseconds(10))
        self.maxDelay = max(self.minDelay, maxDelay)
        self.timeout = timeout
        self.sleeper = sleeper
        self.jitter = jitter
    }

    /// The delay after poll `attempt` (from 1): between `minDelay` and the doubled delay, capped at `maxDelay`.
    func delay(afterAttempt attempt: Int) -> Duration {
        var ceiling = minDelay
        for _ in 1..<max(attempt, 1) where ceiling < maxDelay { ceiling *= 2 }
        ceiling = min(ceiling, maxDelay)
        return minDelay + (ceiling - minDelay) * min(max(jitter(), 0), 1)
    }
}

/// Calls an operation until its answer says the resource reached the state waited for.
public enum Waiter {
    /// Polls `poll` until `done` holds for its answer, sleeping a jittered, growing delay between polls.
    ///
    /// An error from `poll` ends the wait (each poll is retried as a single call is). Cancelling the
    /// task ends it with `CancellationError`.
    ///
    /// - Parameters:
    ///   - options: Delays and the overall timeout.
    ///   - poll: One call of the operation.
    ///   - state: The state an answer shows, for the timeout's message.
    ///   - done: Whether the answer shows the state waited for.
    /// - Returns: The first answer for which `done` holds.
    /// - Throws: ``WaiterTimeoutError`` with the last state seen when the timeout passes first.
    public static func wait<Response: Sendable>(
        options: WaiterOptions = WaiterOptions(), poll: @Sendable () async throws -> Response,
        state: @Sendable (Response) -> String = { _ in "" }, until done: @Sendable (Response) -> Bool
    ) async throws -> Response {
        let start = options.now()
        var slept = Duration.zero
        var attempt = 0
        while true {
            try Task.checkCancellation()
            attempt += 1
            let response = try await poll()
            if done(response) { return response }
            let delay = options.delay(afterAttempt: attempt)
            // Time spent is what the clock says or what was slept, whichever is more, so an injected
            // sleeper that returns at once still reaches the timeout.
            let elapsed = max(options.now() - start, slept)
            guard elapsed + delay <= options.timeout else {
                throw WaiterTimeoutError(attempts: attempt, elapsed: elapsed, lastState: state(response))
            }
            try await options.sleeper.sleep(for: delay)
            slept += delay
        }
    }
}

/// The state waited for was not reached in time.
public struct WaiterTimeoutError: Error, Sendable, Equatable, CustomStringConvertible {
    /// How many polls were made.
    public var attempts: Int
    /// How long the wait took.
    public var elapsed: Duration
    /// The state the last answer showed.
    public var lastState: String

    /// Creates the error.
    public init(attempts: Int, elapsed: Duration, lastState: String) {
        self.attempts = attempts
        self.elapsed = elapsed
        self.lastState = lastState
    }

    /// The polls, the time and the last state.
    public var description: String {
        "gave up waiting after \(attempts) polls in \(elapsed): the last state seen was \(lastState.isEmpty ? "(none)" : lastState)"
    }
}
