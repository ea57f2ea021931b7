/// Logs that go to Log Service in one PutLogs call, waiting or being sent.
struct SLSPendingBatch: Sendable {
    /// The logs, in the order they were given.
    var records: [SLSLogRecord] = []
    /// The sum of the logs' ``SLSLogRecord/encodedSizeBound``.
    var bytes = 0
    /// When its first log came: it is sent ``SLSProducerConfiguration/linger`` later unless filled first.
    var createdAt: ContinuousClock.Instant
    /// The sequence number of its first log: logs are numbered from 0 in the order the producer accepted them.
    var firstSequence: Int

    /// An empty batch whose first log, accepted now, has this sequence number.
    init(createdAt: ContinuousClock.Instant, firstSequence: Int) {
        self.createdAt = createdAt
        self.firstSequence = firstSequence
    }
}

/// How the sending of a batch ended.
enum SLSBatchOutcome: Sendable {
    /// Log Service accepted it.
    case sent
    /// Refused for good, or still failing when its retries ran out; the last error.
    case failed(any Error)
    /// Given up unsent because the producer was stopped (its shutdown's deadline passed).
    case abandoned
}
