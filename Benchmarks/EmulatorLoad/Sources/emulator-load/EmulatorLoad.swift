import AliyunECSImages
import AliyunRuntime
import Foundation

/// `emulator-load ENDPOINT TASKS REQUESTS`: sends REQUESTS DescribeImages calls through the generated
/// client from TASKS concurrent tasks (V3 signed, retries off) and prints one JSON line: requests per
/// second, p50 and p99 latency in milliseconds, and the number of errors.
@main
struct EmulatorLoad {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 4, let tasks = Int(arguments[2]), let total = Int(arguments[3]), tasks > 0 else {
            FileHandle.standardError.write(Data("usage: emulator-load ENDPOINT TASKS REQUESTS\n".utf8))
            exit(64)
        }
        let environment = ProcessInfo.processInfo.environment
        let credentials = Credentials(
            accessKeyId: environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] ?? "",
            accessKeySecret: environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] ?? "")
        let client = ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(arguments[1]), credentials: StaticCredentialsProvider(credentials),
                retry: .disabled))
        let request = DescribeImagesRequest(regionId: "cn-hangzhou", pageSize: 10)
        let clock = ContinuousClock()
        let start = clock.now
        let results = await withTaskGroup(of: [Double?].self) { group in
            for task in 0..<tasks {
                let share = total / tasks + (task < total % tasks ? 1 : 0)
                group.addTask {
                    var latencies: [Double?] = []
                    for _ in 0..<share {
                        let began = clock.now
                        do {
                            _ = try await client.describeImages(request)
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
        let latencies = results.compactMap { $0 }.sorted()
        func percentile(_ p: Double) -> Double {
            latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
        }
        let summary: [String: Double] = [
            "tasks": Double(tasks), "requests": Double(results.count), "seconds": seconds,
            "rps": Double(latencies.count) / seconds, "p50_ms": percentile(0.5), "p99_ms": percentile(0.99),
            "errors": Double(results.count - latencies.count),
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
