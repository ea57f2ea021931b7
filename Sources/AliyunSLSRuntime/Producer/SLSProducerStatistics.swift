/// What an ``SLSProducer`` has done so far: a snapshot of its counters.
///
/// Every log given to ``SLSProducer/send(_:)`` ends in exactly one of ``sentLogs``, ``failedLogs`` and
/// ``droppedLogs``, or is still counted in ``queuedLogs``.
public struct SLSProducerStatistics: Sendable, Hashable {
    /// Logs Log Service accepted.
    public var sentLogs = 0
    /// Batches (PutLogs calls) Log Service accepted.
    public var sentBatches = 0
    /// Logs never sent: refused because the queue was full, the producer shut down, or the log is larger than a
    /// batch may be; or abandoned when shutting down took longer than its deadline.
    public var droppedLogs = 0
    /// Batches given up: refused by a non-retryable error, or still failing when their retries ran out.
    public var failedBatches = 0
    /// The logs of the failed batches.
    public var failedLogs = 0
    /// Attempts that failed and were tried again.
    public var retries = 0
    /// Logs held now, waiting or being sent.
    public var queuedLogs = 0
    /// Bytes held now (protobuf, before compression), waiting or being sent.
    public var queuedBytes = 0
    /// The most logs ever held at once: never more than ``SLSProducerConfiguration/maxQueuedLogs``.
    public var peakQueuedLogs = 0
    /// The most bytes ever held at once: never more than ``SLSProducerConfiguration/maxQueuedBytes``.
    public var peakQueuedBytes = 0

    /// Counters at zero.
    public init() {}
}
