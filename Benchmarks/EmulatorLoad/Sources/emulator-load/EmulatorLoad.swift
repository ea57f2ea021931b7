import AliyunECSImages
import AliyunRuntime
import Foundation

/// `emulator-load [--floor] ENDPOINT TASKS REQUESTS`: sends REQUESTS DescribeImages calls through the generated
/// client from TASKS concurrent tasks (V3 signed, retries off) and prints one JSON line: requests per
/// second, p50 and p99 latency in milliseconds, the number of errors, and the process's CPU time (user and system)
/// while the calls ran.
///
/// `--floor` measures what the HTTP stack alone costs: the same transport (AsyncHTTPClient, through
/// `AsyncHTTPClientTransport`) sends `GET /_emulator/faults` with the control token (`EMULATOR_CONTROL_TOKEN`), which
/// the emulator answers `[]` without verifying a signature or writing a model: no signing, no JSON on either side.
@main
struct EmulatorLoad {
    static func main() async throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let floor = arguments.first == "--floor"
        if floor { arguments.removeFirst() }
        guard arguments.count == 3, let tasks = Int(arguments[1]), let total = Int(arguments[2]), tasks > 0 else {
            FileHandle.standardError.write(Data("usage: emulator-load [--floor] ENDPOINT TASKS REQUESTS\n".utf8))
            exit(64)
        }
        let environment = ProcessInfo.processInfo.environment
        let credentials = Credentials(
            accessKeyId: environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] ?? "",
            accessKeySecret: environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] ?? "")
        let client = ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(arguments[0]), credentials: StaticCredentialsProvider(credentials),
                retry: .disabled))
        let request = DescribeImagesRequest(regionId: "cn-hangzhou", pageSize: 10)
        let control = HTTPRequest(
            method: "GET", url: arguments[0] + "/_emulator/faults",
            headers: [(name: "Authorization", value: "Bearer " + (environment["EMULATOR_CONTROL_TOKEN"] ?? ""))],
            body: [])
        @Sendable func call() async throws {
            if floor {
                let response = try await AsyncHTTPClientTransport.shared.send(control, timeouts: Timeouts())
                guard response.status == 200 else { throw CancellationError() }
            } else {
                _ = try await client.describeImages(request)
            }
        }
        let clock = ContinuousClock()
        let cpuStart = processorSeconds()
        let start = clock.now
        let results = await withTaskGroup(of: [Double?].self) { group in
            for task in 0..<tasks {
                let share = total / tasks + (task < total % tasks ? 1 : 0)
                group.addTask {
                    var latencies: [Double?] = []
                    for _ in 0..<share {
                        let began = clock.now
                        do {
                            try await call()
                            latencies.append(milliseconds(clock.now - began))
                        } catch {
                            latencies.append(nil)
                        }
                    }
                    return latencies
                }
            }
            var all: [Double?] = []
            for await latencies in group { all += latencies }
            return all
        }
        let seconds = milliseconds(clock.now - start) / 1000
        let cpuSeconds = processorSeconds() - cpuStart
        let latencies = results.compactMap { $0 }.sorted()
        func percentile(_ p: Double) -> Double {
            latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
        }
        let summary: [String: Double] = [
            "tasks": Double(tasks), "requests": Double(results.count), "seconds": seconds,
            "rps": Double(latencies.count) / seconds, "p50_ms": percentile(0.5), "p99_ms": percentile(0.99),
            "errors": Double(results.count - latencies.count), "cpu_s": cpuSeconds,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        print(String(decoding: try encoder.encode(summary), as: UTF8.self))
    }
}

/// A duration in milliseconds.
func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
}

/// The CPU time (user and system) this process has used, in seconds.
func processorSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
