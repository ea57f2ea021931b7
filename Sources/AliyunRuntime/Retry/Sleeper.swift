/// Waits between attempts; injectable so that retry tests need not wait.
public protocol Sleeper: Sendable {
    /// Waits, or throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// `Task.sleep`: cancellable.
public struct TaskSleeper: Sleeper {
    /// Creates the sleeper.
    public init() {}

    /// Sleeps on the continuous clock.
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
