import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle

/// Tells delayed calls that the emulator is stopping, so that a graceful shutdown does not wait out an
/// injected delay.
public final class ShutdownSignal: Sendable {
    private let state = NIOLockedValueBox<(fired: Bool, waiters: [@Sendable () -> Void])>((false, []))

    /// A signal not fired yet.
    public init() {}

    /// Calls `action` when the signal fires (at once if it has).
    public func onFire(_ action: @escaping @Sendable () -> Void) {
        let fired = state.withLockedValue { state in
            if !state.fired { state.waiters.append(action) }
            return state.fired
        }
        if fired { action() }
    }

    /// Fires the signal: every waiter runs once.
    public func fire() {
        let waiters = state.withLockedValue { state in
            defer { state = (true, []) }
            return state.waiters
        }
        waiters.forEach { $0() }
    }

    /// Waits `milliseconds` (an injected delay), but no longer than the client stays (a delayed call whose client
    /// hung up ends with the connection) or the emulator runs (stopping does not wait out a delay).
    public func delay(milliseconds: Int, unlessClosed channel: any Channel) async {
        let done = channel.eventLoop.makePromise(of: Void.self)
        let finished = NIOLockedValueBox(false)
        let finish: @Sendable () -> Void = {
            let first = finished.withLockedValue { finished in
                defer { finished = true }
                return !finished
            }
            if first { done.succeed() }
        }
        let timer = channel.eventLoop.scheduleTask(in: .milliseconds(Int64(milliseconds))) { finish() }
        channel.closeFuture.whenComplete { _ in
            timer.cancel()
            finish()
        }
        onFire {
            timer.cancel()
            finish()
        }
        try? await done.futureResult.get()
    }
}

/// Fires the signal when the service group begins a graceful shutdown, however it was asked for (an emulator's
/// `stop()`, SIGTERM, SIGINT).
public struct ShutdownSignalService: Service {
    let signal: ShutdownSignal

    /// A service firing `signal`.
    public init(signal: ShutdownSignal) {
        self.signal = signal
    }

    /// Waits for the graceful shutdown, then fires the signal.
    public func run() async throws {
        try? await gracefulShutdown()
        signal.fire()
    }
}
