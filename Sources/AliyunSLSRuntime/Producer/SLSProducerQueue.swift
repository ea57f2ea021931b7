/// The producer's state, guarded by its lock: the batches waiting, the bounds, the counters, and who waits for a
/// flush. Batches are sent one at a time, in order, so logs complete in the order they were accepted.
struct SLSProducerQueue {
    /// What the sending task should do next.
    enum Next {
        /// Send this batch.
        case send(SLSPendingBatch)
        /// Wait to be woken, or until this instant (when the open batch's linger ends).
        case wait(until: ContinuousClock.Instant?)
        /// Stop: the producer is closed and everything is done; resume these flushes.
        case stop([CheckedContinuation<Void, Never>])
    }

    let maxBatchLogs: Int
    /// The bytes of logs a batch may hold: the batch limit less the group's topic, source and tags.
    let batchBudget: Int
    let maxQueuedLogs: Int
    let maxQueuedBytes: Int
    let linger: Duration

    /// The batch logs are being added to.
    private var open: SLSPendingBatch?
    /// Full batches, oldest first.
    private var sealed: [SLSPendingBatch] = []
    /// The counters.
    var statistics = SLSProducerStatistics()
    /// Logs accepted so far (the next log's sequence number).
    private var accepted = 0
    /// Logs done so far (sent, failed or abandoned after being accepted).
    private var completed = 0
    /// Logs numbered below this are to be sent without waiting for their batch to fill.
    private var flushTarget = 0
    /// No more logs are accepted.
    private(set) var isClosed = false
    /// The sending task has ended.
    private var isStopped = false
    /// Flushes waiting for logs up to their target to complete.
    private var waiters: [(target: Int, continuation: CheckedContinuation<Void, Never>)] = []

    init(configuration: SLSProducerConfiguration) {
        maxBatchLogs = min(max(configuration.maxBatchLogs, 1), 4096)
        batchBudget = configuration.maxBatchBytes - configuration.groupOverhead
        maxQueuedLogs = max(configuration.maxQueuedLogs, 0)
        maxQueuedBytes = max(configuration.maxQueuedBytes, 0)
        linger = max(configuration.linger, .zero)
    }

    /// Takes a log unless the producer is closed, the log cannot fit a batch, or the queue is full (then it is
    /// dropped and counted); true when the sending task should be woken (a batch filled or a new one started).
    mutating func accept(_ record: SLSLogRecord) -> Bool {
        let size = record.encodedSizeBound
        guard !isClosed, size <= batchBudget, statistics.queuedLogs < maxQueuedLogs,
            statistics.queuedBytes + size <= maxQueuedBytes
        else {
            statistics.droppedLogs += 1
            return false
        }
        var wake = false
        if let batch = open, batch.records.count >= maxBatchLogs || batch.bytes + size > batchBudget {
            sealed.append(batch)
            open = nil
            wake = true
        }
        if open == nil {
            open = SLSPendingBatch(createdAt: .now, firstSequence: accepted)
            wake = true
        }
        open?.records.append(record)
        open?.bytes += size
        accepted += 1
        statistics.queuedLogs += 1
        statistics.queuedBytes += size
        statistics.peakQueuedLogs = max(statistics.peakQueuedLogs, statistics.queuedLogs)
        statistics.peakQueuedBytes = max(statistics.peakQueuedBytes, statistics.queuedBytes)
        if let batch = open, batch.records.count >= maxBatchLogs {
            sealed.append(batch)
            open = nil
        }
        return wake
    }

    /// The next thing for the sending task to do at `now`.
    mutating func next(now: ContinuousClock.Instant) -> Next {
        if !sealed.isEmpty { return .send(sealed.removeFirst()) }
        if let batch = open {
            let due = batch.createdAt + linger
            guard isClosed || flushTarget > batch.firstSequence || now >= due else { return .wait(until: due) }
            open = nil
            return .send(batch)
        }
        guard isClosed else { return .wait(until: nil) }
        isStopped = true
        return .stop(takeWaiters { _ in true })
    }

    /// Counts a batch done; returns the flushes that may now return.
    mutating func finish(_ batch: SLSPendingBatch, _ outcome: SLSBatchOutcome) -> [CheckedContinuation<Void, Never>] {
        let count = batch.records.count
        statistics.queuedLogs -= count
        statistics.queuedBytes -= batch.bytes
        completed += count
        switch outcome {
        case .sent:
            statistics.sentLogs += count
            statistics.sentBatches += 1
        case .failed:
            statistics.failedLogs += count
            statistics.failedBatches += 1
        case .abandoned:
            statistics.droppedLogs += count
        }
        let done = completed
        return takeWaiters { $0 <= done }
    }

    /// Drops every waiting log (counted) and stops; returns every flush waiting.
    mutating func abandonAll() -> [CheckedContinuation<Void, Never>] {
        isClosed = true
        var waiting = sealed
        sealed = []
        if let batch = open { waiting.append(batch) }
        open = nil
        var ready: [CheckedContinuation<Void, Never>] = []
        for batch in waiting { ready += finish(batch, .abandoned) }
        isStopped = true
        return ready + takeWaiters { _ in true }
    }

    /// Accepts no more logs; what is queued is sent without waiting for its batch to fill.
    mutating func close() {
        isClosed = true
        flushTarget = accepted
    }

    /// Asks for every log accepted so far to be sent now; false when there is nothing to wait for, else the
    /// continuation is resumed once they are done.
    mutating func flush(_ continuation: CheckedContinuation<Void, Never>) -> Bool {
        guard !isStopped, completed < accepted else { return false }
        flushTarget = max(flushTarget, accepted)
        waiters.append((accepted, continuation))
        return true
    }

    private mutating func takeWaiters(where done: (Int) -> Bool) -> [CheckedContinuation<Void, Never>] {
        guard !waiters.isEmpty else { return [] }
        var ready: [CheckedContinuation<Void, Never>] = []
        waiters.removeAll { waiter in
            guard done(waiter.target) else { return false }
            ready.append(waiter.continuation)
            return true
        }
        return ready
    }
}
