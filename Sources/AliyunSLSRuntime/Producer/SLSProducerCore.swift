import AliyunRuntime
import NIOConcurrencyHelpers

/// What a producer's sending task works on: the queue behind its lock, the wake-up signal, and the caller. The
/// public ``SLSProducer`` owns the task; the task holds only this, so a producer forgotten without a shutdown is
/// still freed (its task cancelled).
final class SLSProducerCore: Sendable {
    let configuration: SLSProducerConfiguration
    let caller: any RPCCaller
    let queue: NIOLockedValueBox<SLSProducerQueue>
    /// Wakes the sending task: a batch filled, a batch started (its linger to time), a flush, a shutdown. At most
    /// one signal waits, which is all the task needs: it reads the queue when it wakes.
    let wakeups: AsyncStream<Void>
    let wake: AsyncStream<Void>.Continuation

    init(configuration: SLSProducerConfiguration, caller: any RPCCaller) {
        self.configuration = configuration
        self.caller = caller
        queue = NIOLockedValueBox(SLSProducerQueue(configuration: configuration))
        (wakeups, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Sends batches until the producer is closed and empty, or the task is cancelled (then what is left is
    /// dropped and counted).
    func run() async {
        var signals = wakeups.makeAsyncIterator()
        var timer: (deadline: ContinuousClock.Instant, task: Task<Void, Never>)?
        defer { timer?.task.cancel() }
        loop: while !Task.isCancelled {
            switch queue.withLockedValue({ $0.next(now: .now) }) {
            case .send(let batch):
                let outcome = await deliver(batch)
                Self.resume(queue.withLockedValue { $0.finish(batch, outcome) })
                if case .failed(let error) = outcome { configuration.onBatchFailure?(error, batch.records.count) }
            case .stop(let waiters):
                Self.resume(waiters)
                return
            case .wait(let deadline):
                if let deadline, timer?.deadline != deadline {
                    timer?.task.cancel()
                    let wake = self.wake
                    let task = Task {
                        try? await Task.sleep(until: deadline, clock: .continuous)
                        wake.yield()
                    }
                    timer = (deadline, task)
                }
                // Nil once the task is cancelled (or the producer freed): the loop ends then.
                if await signals.next() == nil { break loop }
            }
        }
        Self.resume(queue.withLockedValue { $0.abandonAll() })
    }

    /// Sends one batch, retrying as the configuration says.
    func deliver(_ batch: SLSPendingBatch) async -> SLSBatchOutcome {
        let call: RPCCall
        do {
            call = try SLSPutLogsCall.make(batch.records, configuration: configuration)
        } catch {
            return .failed(error)
        }
        let policy = configuration.retry
        var attempt = 1
        var waited = Duration.zero
        while true {
            let failure: any Error
            let retryable: Bool
            do {
                let reply = try await caller.call(call)
                if (200..<300).contains(reply.status) { return .sent }
                failure = ServiceErrorDecoder.decode(status: reply.status, body: reply.body)
                retryable = SLSProducer.isRetryable(status: reply.status, code: (failure as? ServiceError)?.code)
            } catch is CancellationError {
                return .abandoned
            } catch {
                failure = error
                retryable = SLSProducer.isRetryable(error)
            }
            if Task.isCancelled { return .abandoned }
            let delay = policy.delay(afterAttempt: attempt, retryAfter: nil, random: configuration.client.jitter())
            guard retryable, attempt < policy.maxAttempts, waited + delay <= policy.maxTotalDelay else {
                return .failed(failure)
            }
            queue.withLockedValue { $0.statistics.retries += 1 }
            do {
                try await configuration.client.sleeper.sleep(for: delay)
            } catch {
                return .abandoned
            }
            waited += delay
            attempt += 1
        }
    }

    private static func resume(_ waiters: [CheckedContinuation<Void, Never>]) {
        for waiter in waiters { waiter.resume() }
    }
}
