import AliyunRuntime
import AliyunSLSRuntime
import Foundation
import Logging
import Testing

@Suite("SLSLogHandler: swift-log's logs shipped to a loopback Log Service through a producer")
struct SLSLogHandlerTests {
    struct Refusal: Error, CustomStringConvertible {
        var description: String { "refused" }
    }

    @Test("10,000 logs from eight tasks all arrive exactly once, with their fields and metadata, in bounded batches")
    func everyLogArrives() async throws {
        let sls = try await LoopbackSLS()
        let producer = sls.producer {
            $0.maxBatchLogs = 1000
            $0.maxBatchBytes = 200 * 1024
            $0.linger = .milliseconds(100)
        }
        let tasks = 8
        let perTask = 1250
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<tasks {
                group.addTask {
                    var logger = Logger(label: "worker") { label in
                        SLSLogHandler(label: label, producer: producer, metadata: ["service": "api"])
                    }
                    logger[metadataKey: "task"] = "\(task)"
                    for index in 0..<perTask {
                        logger.info("message \(task)-\(index)", metadata: ["index": "\(index)"])
                        if index % 100 == 0 { await Task.yield() }
                    }
                }
            }
        }
        #expect(await producer.shutdown(deadline: .seconds(60)))
        #expect(sls.problems.isEmpty)
        let logs = sls.logs
        #expect(logs.count == tasks * perTask)
        let keys = logs.map { "\($0.fields["task"] ?? "?")-\($0.fields["index"] ?? "?")" }
        #expect(Set(keys).count == tasks * perTask)
        for log in logs {
            let fields = log.fields
            #expect(fields["message"] == "message \(fields["task"] ?? "?")-\(fields["index"] ?? "?")")
            #expect(fields["level"] == "info")
            #expect(fields["logger"] == "worker")
            #expect(fields["service"] == "api")
            #expect(fields["source"] == "AliyunSLSRuntimeTests")
            #expect(fields["file"] == "AliyunSLSRuntimeTests/SLSLogHandlerTests.swift")
        }
        // Each task's logs arrive in the order it logged them.
        for task in 0..<tasks {
            let indexes = logs.filter { $0.fields["task"] == "\(task)" }.compactMap { $0.fields["index"] }
            #expect(indexes == (0..<perTask).map { String($0) })
        }
        #expect(sls.accepted.count >= tasks * perTask / 1000)
        #expect(sls.accepted.allSatisfy { $0.group.logs.count <= 1000 && $0.rawSize <= 200 * 1024 })
        let statistics = producer.statistics
        #expect(statistics.sentLogs == tasks * perTask && statistics.droppedLogs == 0)
        try await sls.stop()
    }

    @Test(
        "a log's contents: its own fields first, then metadata flattened, reserved keys prefixed; below info not sent")
    func contents() async throws {
        let sls = try await LoopbackSLS()
        let producer = sls.producer()
        let provider = Logger.MetadataProvider { ["trace-id": "t-1", "task": "from-provider"] }
        var logger = Logger(label: "contents") { label in
            SLSLogHandler(label: label, producer: producer, metadataProvider: provider)
        }
        #expect(logger.logLevel == .info)
        logger[metadataKey: "task"] = "from-handler"
        logger[metadataKey: "service"] = "api"
        logger.debug("not sent")
        let line = #line + 1
        logger.warning(
            "sent",
            metadata: [
                "task": "from-call", "message": "a metadata key named message",
                "http": ["method": "GET", "status": "200"], "tags": ["a", "b"],
            ])
        logger.error("failed", error: Refusal())
        logger.logLevel = .trace
        logger.trace("now sent")
        #expect(await producer.shutdown(deadline: .seconds(60)))
        #expect(sls.problems.isEmpty)
        let logs = sls.logs
        #expect(logs.map { $0.fields["message"] } == ["sent", "failed", "now sent"])
        let first = try #require(logs.first)
        #expect(
            first.contents.map(\.key) == [
                "level", "message", "logger", "source", "file", "function", "line", "http.method", "http.status",
                "metadata.message", "service", "tags", "task", "trace-id",
            ])
        let fields = first.fields
        #expect(fields["level"] == "warning")
        #expect(fields["logger"] == "contents")
        #expect(fields["function"] == "contents()")
        #expect(fields["line"] == String(line))
        #expect(fields["http.method"] == "GET" && fields["http.status"] == "200")
        #expect(fields["metadata.message"] == "a metadata key named message")
        #expect(fields["tags"] == #"["a", "b"]"#)
        // The call's metadata wins over the provider's, which wins over the handler's.
        #expect(fields["task"] == "from-call")
        #expect(fields["trace-id"] == "t-1")
        #expect(logs[1].fields["error"] == "refused")
        #expect(logs[1].fields["level"] == "error")
        #expect(logs[1].fields["task"] == "from-provider")
        #expect(logs[2].fields["level"] == "trace")
        // Timed to the nanosecond, now.
        let now = UInt32(Date().timeIntervalSince1970)
        #expect(logs.allSatisfy { $0.time <= now && $0.time + 600 > now && $0.hasTimeNs && $0.timeNs < 1_000_000_000 })
        try await sls.stop()
    }
}
