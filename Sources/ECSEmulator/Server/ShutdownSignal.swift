import NIOConcurrencyHelpers
import ServiceLifecycle

/// Tells delayed calls that the emulator is stopping, so that a graceful shutdown does not wait out an
/// injected delay.
final class ShutdownSignal: Sendable {
    private let state = NIOLockedValueBox<(fired: Bool, waiters: [@Sendable () -> Void])>((false, []))

    /// Calls `action` when the signal fires (at once if it has).
    func onFire(_ action: @escaping @Sendable () -> Void) {
        let fired = state.withLockedValue { state in
            if !state.fired { state.waiters.append(action) }
            return state.fired
        }
        if fired { action() }
    }

    /// Fires the signal: every waiter runs once.
    func fire() {
        let waiters = state.withLockedValue { state in
            defer { state = (true, []) }
            return state.waiters
        }
        waiters.forEach { $0() }
    }
}

/// Fires the signal when the service group begins a graceful shutdown, however it was asked for (``ECSEmulator/stop()``,
/// SIGTERM, SIGINT).
struct ShutdownSignalService: Service {
    let signal: ShutdownSignal

    func run() async throws {
        try? await gracefulShutdown()
        signal.fire()
    }
}
