import AliyunRuntime

/// Ships logs to a Log Service logstore in the background: ``send(_:)`` queues a log and returns at once; a task of
/// the producer's own gathers logs into batches (up to ``SLSProducerConfiguration/maxBatchLogs`` logs or
/// ``SLSProducerConfiguration/maxBatchBytes`` bytes, or whatever came within
/// ``SLSProducerConfiguration/linger``), sends each as one PutLogs call, compressed, and retries those that fail
/// for a reason that may pass.
///
/// Memory is bounded: logs waiting or being sent never exceed ``SLSProducerConfiguration/maxQueuedLogs`` nor
/// ``SLSProducerConfiguration/maxQueuedBytes``; beyond that, new logs are dropped and counted, so a service that is
/// down costs lost logs, never unbounded growth nor a blocked caller. Batches are sent one at a time, in order.
///
/// ```swift
/// let producer = SLSProducer(configuration: SLSProducerConfiguration(
///     client: RPCClientConfiguration(region: "cn-hangzhou"), project: "my-project", logstore: "app"))
/// producer.send(SLSLogRecord(["message": "started", "version": "1.2"]))
/// await producer.shutdown()  // before the process ends: sends what is queued
/// ```
///
/// Call ``shutdown(deadline:)`` before the process exits; a producer freed without one drops what it holds.
public final class SLSProducer: Sendable {
    /// The configuration.
    public let configuration: SLSProducerConfiguration
    private let core: SLSProducerCore
    private let sender: Task<Void, Never>

    /// A producer sending through an ``RPCClient`` with ``SLSGateway`` over `transport`; its task starts at once.
    public convenience init(
        configuration: SLSProducerConfiguration, transport: any HTTPTransport = AsyncHTTPClientTransport.shared
    ) {
        let client = RPCClient(
            configuration: configuration.client,
            regionalEndpoints: SLSPutLogsCall.regionalEndpoints(configuration.client), transport: transport,
            gateway: SLSGateway())
        self.init(configuration: configuration, caller: client)
    }

    /// A producer sending its PutLogs calls through `caller`, which must send them as ``SLSGateway`` does (an
    /// ``RPCClient`` with that gateway); its task starts at once.
    public init(configuration: SLSProducerConfiguration, caller: any RPCCaller) {
        self.configuration = configuration
        let core = SLSProducerCore(configuration: configuration, caller: caller)
        self.core = core
        sender = Task.detached { await core.run() }
    }

    deinit {
        sender.cancel()
        core.wake.finish()
    }

    /// Queues a log, never waiting: dropped (and counted in ``SLSProducerStatistics/droppedLogs``) when the queue is
    /// full, the producer is shut down, or the log is larger than a batch may be.
    public func send(_ record: SLSLogRecord) {
        if core.queue.withLockedValue({ $0.accept(record) }) { core.wake.yield() }
    }

    /// Sends every log queued so far without waiting for its batch to fill, and returns once each is sent, has
    /// failed or was dropped. While the service fails, that can take as long as the retries of every batch.
    public func flush() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            if core.queue.withLockedValue({ $0.flush(continuation) }) {
                core.wake.yield()
            } else {
                continuation.resume()
            }
        }
    }

    /// Stops accepting logs (those sent afterwards are dropped and counted), sends what is queued, and stops the
    /// producer's task. When that takes longer than `deadline` (the service is down, say), the batch being sent
    /// is cancelled and what is left is dropped and counted; either way this returns by the deadline, give or take
    /// the moment a cancelled call takes to end. Calling it again returns at once.
    ///
    /// - Returns: whether everything queued was sent (or failed for good) before the deadline.
    @discardableResult
    public func shutdown(deadline: Duration = .seconds(10)) async -> Bool {
        core.queue.withLockedValue { $0.close() }
        core.wake.yield()
        let sender = self.sender
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await sender.value
                return true
            }
            group.addTask {
                try? await Task.sleep(for: deadline)
                return false
            }
            let drained = await group.next() ?? false
            if !drained { sender.cancel() }
            group.cancelAll()
            return drained
        }
    }

    /// The counters now.
    public var statistics: SLSProducerStatistics { core.queue.withLockedValue { $0.statistics } }
}
