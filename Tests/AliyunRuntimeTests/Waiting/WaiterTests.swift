import AliyunRuntime
import Foundation
import Testing

/// `Waiter.wait`: polls until the predicate holds, with jittered growing delays, a timeout that names
/// the last state, and cancellation.
@Suite("Waiters")
struct WaiterTests {
    /// Records the delays asked for and returns at once.
    final class RecordingSleeper: Sleeper, @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [Duration] = []
        var delays: [Duration] { lock.withLock { recorded } }
        func sleep(for duration: Duration) async throws {
            try Task.checkCancellation()
            lock.withLock { recorded.append(duration) }
        }
    }

    /// A clock that stands still, so only the delays slept count.
    static let start = ContinuousClock.now

    actor Counter {
        var value = 0
        func next() -> Int {
            value += 1
            return value
        }
    }

    @Test("succeeds after N polls; delays double from the minimum up to the maximum")
    func succeedsAfterPolls() async throws {
        let sleeper = RecordingSleeper()
        let counter = Counter()
        let options = WaiterOptions(
            minDelay: .seconds(1), maxDelay: .seconds(4), timeout: .seconds(60), sleeper: sleeper, jitter: { 1 },
            now: { Self.start })
        let result = try await Waiter.wait(
            options: options, poll: { await counter.next() }, state: { "poll \($0)" }, until: { $0 == 5 })
        #expect(result == 5)
        #expect(sleeper.delays == [.seconds(1), .seconds(2), .seconds(4), .seconds(4)])
    }

    @Test("jitter keeps each delay between the minimum and the grown ceiling")
    func jitter() async throws {
        let sleeper = RecordingSleeper()
        let counter = Counter()
        let options = WaiterOptions(
            minDelay: .seconds(2), maxDelay: .seconds(10), timeout: .seconds(60), sleeper: sleeper, jitter: { 0.5 },
            now: { Self.start })
        _ = try await Waiter.wait(options: options, poll: { await counter.next() }, until: { $0 == 4 })
        #expect(sleeper.delays == [.seconds(2), .seconds(3), .seconds(5)])
    }

    @Test("times out with the last state seen")
    func timesOut() async throws {
        let sleeper = RecordingSleeper()
        let counter = Counter()
        let options = WaiterOptions(
            minDelay: .seconds(10), maxDelay: .seconds(10), timeout: .seconds(35), sleeper: sleeper, jitter: { 0 },
            now: { Self.start })
        do {
            _ = try await Waiter.wait(
                options: options, poll: { await counter.next() }, state: { "Creating (\($0))" }, until: { _ in false })
            Issue.record("expected a timeout")
        } catch let error as WaiterTimeoutError {
            #expect(error.attempts == 4)
            #expect(error.lastState == "Creating (4)")
            #expect(error.description.contains("the last state seen was Creating (4)"))
        }
        #expect(sleeper.delays.count == 3)
    }

    @Test("a cancelled wait stops with CancellationError")
    func cancelled() async throws {
        let task = Task {
            try await Waiter.wait(
                options: WaiterOptions(minDelay: .milliseconds(50), timeout: .seconds(60)), poll: { 0 },
                until: { _ in false })
        }
        try await Task.sleep(for: .milliseconds(120))
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
    }
}
