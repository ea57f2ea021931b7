// Sends LOGS logs to the Log Service at ENDPOINT (Benchmarks/sls-producer-speed.sh starts one) and prints one JSON
// line: logs, wall seconds, CPU seconds (user + system, every thread of the process), logs per second, CPU
// milliseconds per 1,000 logs, and the producer's counters.
// Usage: sls-producer-speed ENDPOINT LOGS handler|producer [lz4|zstd]
//   handler: through swift-log (`Logger.info` with three metadata fields) and SLSLogHandler;
//   producer: SLSProducer.send of a record with the same ten fields, built by the caller.
import AliyunRuntime
import AliyunSLSRuntime
import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func cpuSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let url = URL(string: arguments[1]), let host = url.host, let total = Int(arguments[2])
else {
    FileHandle.standardError.write(Data("usage: sls-producer-speed ENDPOINT LOGS handler|producer [lz4|zstd]\n".utf8))
    exit(2)
}
let mode = arguments[3]
let compression = SLSCompression(headerValue: arguments.count > 4 ? arguments[4] : "lz4") ?? .lz4
let client = RPCClientConfiguration(
    endpoint: ServiceEndpoint(host: host, scheme: url.scheme ?? "http", port: url.port),
    credentials: StaticCredentialsProvider(Credentials(accessKeyId: "bench-key", accessKeySecret: "bench-secret")))
let producer = SLSProducer(
    configuration: SLSProducerConfiguration(
        client: client, project: "bench-project", logstore: "bench-logstore", compression: compression,
        maxQueuedLogs: total + 1))

let startedCPU = cpuSeconds()
let started = ContinuousClock.now
switch mode {
case "handler":
    let logger = Logger(label: "bench") { label in SLSLogHandler(label: label, producer: producer) }
    for index in 0..<total {
        logger.info(
            "request \(index) handled",
            metadata: ["request-id": "\(index)", "status": "200", "path": "/api/items/\(index % 100)"])
    }
default:
    for index in 0..<total {
        producer.send(
            SLSLogRecord(contents: [
                SLSLogField(key: "level", value: "info"),
                SLSLogField(key: "message", value: "request \(index) handled"),
                SLSLogField(key: "logger", value: "bench"), SLSLogField(key: "source", value: "sls_producer_speed"),
                SLSLogField(key: "file", value: "sls-producer-speed/main.swift"),
                SLSLogField(key: "function", value: "main"), SLSLogField(key: "line", value: "60"),
                SLSLogField(key: "request-id", value: "\(index)"), SLSLogField(key: "status", value: "200"),
                SLSLogField(key: "path", value: "/api/items/\(index % 100)"),
            ]))
    }
}
let queuedIn = ContinuousClock.now - started
let drained = await producer.shutdown(deadline: .seconds(600))
let wall = ContinuousClock.now - started
let cpu = cpuSeconds() - startedCPU
let statistics = producer.statistics
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
let result: [String: Double] = [
    "logs": Double(total), "wall_s": seconds(wall), "cpu_s": cpu, "logs_per_s": Double(total) / seconds(wall),
    "cpu_ms_per_1000": cpu * 1000 / Double(total) * 1000, "enqueue_s": seconds(queuedIn),
    "sent": Double(statistics.sentLogs), "dropped": Double(statistics.droppedLogs),
    "failed": Double(statistics.failedLogs), "batches": Double(statistics.sentBatches), "drained": drained ? 1 : 0,
]
let text = result.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
print("{\(text)}")
