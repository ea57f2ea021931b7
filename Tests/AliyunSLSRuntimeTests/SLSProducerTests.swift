import AliyunRuntime
import AliyunSLSRuntime
import Foundation
import LoopbackServer
import NIOConcurrencyHelpers
import Testing

@Suite("SLSProducer: batches sent over HTTP to a loopback Log Service, bounded, retried, flushed")
struct SLSProducerTests {
    static func record(_ index: Int, padding: Int = 0) -> SLSLogRecord {
        SLSLogRecord(
            time: 1_764_417_600 + UInt32(index % 60), nanoseconds: UInt32(index),
            contents: [
                SLSLogField(key: "index", value: String(index)),
                SLSLogField(key: "text", value: "log \(index) 中文 " + String(repeating: "x", count: padding)),
            ])
    }

    /// Returns once `condition` holds; fails the test after 120 s, only so that a hang fails rather than blocks: under
    /// a loaded machine (the whole suite, CI beside other work) a first attempt has been seen to take 12 s and more.
    static func waitUntil(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(120)
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("the condition did not hold within 120 s")
                return
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    @Test("logs queued right before shutdown all arrive, once, in order, signed, with the group's fields")
    func shutdownLosesNothing() async throws {
        let sls = try await LoopbackSLS()
        let producer = sls.producer {
            $0.topic = "topic-a"
            $0.source = "10.0.0.1"
            $0.logTags = [SLSLogField(key: "host", value: "web-1")]
            // Nothing would be sent before the linger ends but for the shutdown.
            $0.linger = .seconds(3600)
        }
        for index in 0..<1000 { producer.send(Self.record(index)) }
        #expect(await producer.shutdown(deadline: .seconds(60)))
        #expect(sls.problems.isEmpty)
        #expect(sls.logs.map { $0.fields["index"] } == (0..<1000).map { String($0) })
        let first = try #require(sls.logs.first)
        #expect(first.time == 1_764_417_600)
        #expect(first.hasTimeNs && first.timeNs == 0)
        #expect(first.contents.map(\.key) == ["index", "text"])
        #expect(first.fields["text"] == "log 0 中文 ")
        for received in sls.accepted {
            #expect(received.compression == "lz4")
            #expect(received.group.topic == "topic-a")
            #expect(received.group.source == "10.0.0.1")
            #expect(received.group.logTags.map { "\($0.key)=\($0.value)" } == ["host=web-1"])
        }
        var statistics = producer.statistics
        #expect(statistics.sentLogs == 1000)
        #expect(statistics.sentBatches == sls.accepted.count)
        #expect(statistics.droppedLogs == 0 && statistics.failedBatches == 0 && statistics.queuedLogs == 0)
        // After the shutdown, logs are dropped and counted; a second shutdown returns at once.
        for index in 0..<5 { producer.send(Self.record(index)) }
        #expect(await producer.shutdown(deadline: .seconds(60)))
        statistics = producer.statistics
        #expect(statistics.droppedLogs == 5 && statistics.sentLogs == 1000)
        try await sls.stop()
    }

    @Test("batches hold at most maxBatchLogs logs and maxBatchBytes bytes; an oversized log is dropped")
    func batchLimits() async throws {
        let sls = try await LoopbackSLS()
        let producer = sls.producer {
            $0.compression = .zstd
            $0.maxBatchLogs = 100
            $0.maxBatchBytes = 16 * 1024
            $0.linger = .milliseconds(50)
        }
        // Small logs in the first 500 of each thousand (their batches fill by count), every seventh log large in the
        // rest (their batches fill by bytes).
        for index in 0..<3000 {
            producer.send(Self.record(index, padding: index % 1000 < 500 ? index % 50 : (index % 7 == 0 ? 900 : 0)))
        }
        // Larger than a batch may be on its own: dropped, not sent over the limit.
        producer.send(Self.record(3000, padding: 20 * 1024))
        await producer.flush()
        #expect(sls.problems.isEmpty)
        #expect(sls.logs.map { $0.fields["index"] } == (0..<3000).map { String($0) })
        #expect(sls.accepted.allSatisfy { $0.compression == "zstd" })
        #expect(sls.accepted.allSatisfy { $0.group.logs.count <= 100 })
        #expect(sls.accepted.allSatisfy { $0.rawSize <= 16 * 1024 })
        // Both limits bind: some batches are full by count, others by bytes.
        #expect(sls.accepted.contains { $0.group.logs.count == 100 })
        #expect(sls.accepted.contains { $0.group.logs.count < 100 && $0.rawSize > 12 * 1024 })
        let statistics = producer.statistics
        #expect(statistics.sentLogs == 3000 && statistics.droppedLogs == 1 && statistics.queuedBytes == 0)
        #expect(await producer.shutdown(deadline: .seconds(60)))
        try await sls.stop()
    }

    @Test("flush sends a batch that is not full without waiting for its linger")
    func flushSendsNow() async throws {
        let sls = try await LoopbackSLS()
        let producer = sls.producer { $0.linger = .seconds(3600) }
        for index in 0..<10 { producer.send(Self.record(index)) }
        await producer.flush()
        #expect(sls.logs.count == 10)
        // Nothing queued: flush returns at once.
        await producer.flush()
        producer.send(Self.record(10))
        await producer.flush()
        #expect(sls.logs.count == 11 && sls.accepted.count == 2)
        #expect(await producer.shutdown(deadline: .seconds(60)))
        try await sls.stop()
    }

    @Test(
        "a retryable failure is retried and its batch arrives once",
        arguments: [
            (500, "InternalServerError"), (503, "ServiceUnavailable"), (403, "WriteQuotaExceed"),
            (403, "ShardWriteQuotaExceed"), (429, "TooManyRequests"),
        ])
    func retried(status: Int, code: String) async throws {
        let sls = try await LoopbackSLS { attempt in
            attempt < 2 ? LoopbackSLS.failure(status, code) : LoopbackSLS.success
        }
        let producer = sls.producer()
        for index in 0..<10 { producer.send(Self.record(index)) }
        await producer.flush()
        #expect(sls.problems.isEmpty)
        #expect(sls.attempts == 3)
        #expect(sls.accepted.count == 1)
        #expect(sls.logs.map { $0.fields["index"] } == (0..<10).map { String($0) })
        let statistics = producer.statistics
        #expect(statistics.sentBatches == 1 && statistics.sentLogs == 10)
        #expect(statistics.retries == 2 && statistics.failedBatches == 0)
        #expect(await producer.shutdown(deadline: .seconds(60)))
        try await sls.stop()
    }

    @Test("a client error (401 Unauthorized) is not retried: the batch is counted failed and reported")
    func notRetried() async throws {
        let sls = try await LoopbackSLS { _ in LoopbackSLS.failure(401, "Unauthorized") }
        let reported = NIOLockedValueBox<[(code: String?, logs: Int)]>([])
        let producer = sls.producer {
            $0.onBatchFailure = { error, logs in
                reported.withLockedValue { $0.append(((error as? ServiceError)?.code, logs)) }
            }
        }
        for index in 0..<10 { producer.send(Self.record(index)) }
        await producer.flush()
        #expect(sls.problems.isEmpty)
        #expect(sls.attempts == 1)
        let statistics = producer.statistics
        #expect(statistics.failedBatches == 1 && statistics.failedLogs == 10)
        #expect(statistics.sentLogs == 0 && statistics.retries == 0 && statistics.queuedLogs == 0)
        #expect(reported.withLockedValue { $0.map(\.code) } == ["Unauthorized"])
        #expect(reported.withLockedValue { $0.map(\.logs) } == [10])
        #expect(await producer.shutdown(deadline: .seconds(60)))
        try await sls.stop()
    }

    @Test(
        "a service answering 503: the queue stays within its bound, the excess is dropped and counted, and shutdown keeps its deadline"
    )
    func serviceDown() async throws {
        let sls = try await LoopbackSLS { _ in LoopbackSLS.failure(503, "ServiceUnavailable") }
        let producer = sls.producer {
            $0.maxQueuedLogs = 300
            $0.maxBatchLogs = 50
            $0.linger = .milliseconds(10)
            // Retried for as long as the test lasts.
            $0.retry = RetryPolicy(
                maxAttempts: 1_000_000, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20),
                maxTotalDelay: .seconds(3600))
        }
        let total = 20_000
        for index in 0..<total { producer.send(Self.record(index)) }
        // Once the producer is retrying, offer more.
        try await Self.waitUntil { producer.statistics.retries > 0 }
        for index in 0..<total { producer.send(Self.record(index)) }
        var statistics = producer.statistics
        #expect(statistics.peakQueuedLogs == 300)
        #expect(statistics.queuedLogs <= 300)
        #expect(statistics.droppedLogs >= 2 * total - 300)
        #expect(statistics.sentLogs == 0)
        #expect(statistics.retries > 0)
        let started = ContinuousClock.now
        #expect(await producer.shutdown(deadline: .seconds(1)) == false)
        // A generous margin over the deadline, only so that a hang fails rather than blocks.
        #expect(ContinuousClock.now - started < .seconds(15))
        statistics = producer.statistics
        #expect(statistics.queuedLogs == 0 && statistics.queuedBytes == 0)
        #expect(statistics.sentLogs + statistics.failedLogs + statistics.droppedLogs == 2 * total)
        #expect(sls.problems.isEmpty)
        try await sls.stop()
    }

    @Test("a port that refuses: the queue stays within its byte bound, and shutdown keeps its deadline")
    func connectionRefused() async throws {
        let refusing = try RefusingPort()
        let producer = LoopbackSLS.producer(port: refusing.port) {
            // AsyncHTTPClient tries a refused connection again until its connect timeout: fail it soon.
            $0.client.timeouts = Timeouts(connect: .milliseconds(100), read: .seconds(10), total: .seconds(20))
            $0.maxQueuedBytes = 32 * 1024
            $0.linger = .milliseconds(10)
            $0.retry = RetryPolicy(
                maxAttempts: 1_000_000, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20),
                maxTotalDelay: .seconds(3600))
        }
        let total = 10_000
        for index in 0..<total { producer.send(Self.record(index, padding: 64)) }
        try await Self.waitUntil { producer.statistics.retries > 0 }
        var statistics = producer.statistics
        #expect(statistics.peakQueuedBytes <= 32 * 1024)
        #expect(statistics.peakQueuedBytes > 16 * 1024)
        #expect(statistics.droppedLogs > 0 && statistics.droppedLogs < total)
        #expect(statistics.retries > 0 && statistics.sentLogs == 0)
        let started = ContinuousClock.now
        #expect(await producer.shutdown(deadline: .milliseconds(500)) == false)
        #expect(ContinuousClock.now - started < .seconds(15))
        statistics = producer.statistics
        #expect(statistics.queuedBytes == 0)
        #expect(statistics.sentLogs + statistics.failedLogs + statistics.droppedLogs == total)
        _ = refusing
    }

    @Test("a service down for good: each batch fails once its attempts run out, and the producer goes on")
    func retriesRunOut() async throws {
        let sls = try await LoopbackSLS { _ in LoopbackSLS.failure(500, "InternalServerError") }
        let producer = sls.producer {
            $0.maxBatchLogs = 10
            $0.retry = RetryPolicy(
                maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5), maxTotalDelay: .seconds(5))
        }
        for index in 0..<30 { producer.send(Self.record(index)) }
        await producer.flush()
        let statistics = producer.statistics
        #expect(sls.attempts == 9)
        #expect(statistics.failedBatches == 3 && statistics.failedLogs == 30 && statistics.retries == 6)
        #expect(await producer.shutdown(deadline: .seconds(60)))
        try await sls.stop()
    }

    @Test("which answers and failures are retried")
    func retryRules() {
        #expect(SLSProducer.isRetryable(status: 500, code: "InternalServerError"))
        #expect(SLSProducer.isRetryable(status: 502, code: nil))
        #expect(SLSProducer.isRetryable(status: 429, code: nil))
        #expect(SLSProducer.isRetryable(status: 403, code: "WriteQuotaExceed"))
        #expect(SLSProducer.isRetryable(status: 403, code: "ShardWriteQuotaExceed"))
        #expect(SLSProducer.isRetryable(status: 400, code: "Throttling.User"))
        #expect(!SLSProducer.isRetryable(status: 401, code: "Unauthorized"))
        #expect(!SLSProducer.isRetryable(status: 403, code: "SignatureNotMatch"))
        #expect(!SLSProducer.isRetryable(status: 404, code: "LogStoreNotExist"))
        #expect(!SLSProducer.isRetryable(status: 400, code: nil))
        #expect(SLSProducer.isRetryable(TransportError(kind: .connect, message: "refused")))
        #expect(SLSProducer.isRetryable(TransportError(kind: .exchange, message: "reset")))
        #expect(!SLSProducer.isRetryable(TransportError(kind: .redirect, message: "302")))
        #expect(SLSProducer.isRetryable(TimeoutError(phase: .read, limit: .seconds(1))))
        #expect(!SLSProducer.isRetryable(ConfigurationError("no region")))
    }
}
