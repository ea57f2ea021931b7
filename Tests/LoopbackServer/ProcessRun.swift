import Foundation

/// Runs a binary of this package as a user would and captures what it prints: shared by the test targets that run
/// command lines (`aliyun-codegen`, the generated CLIs, `aliyun-oss`).
public enum ProcessRun {
    /// What a run printed, and how it ended.
    public struct Output: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output.
        public var stdout: String
        /// Standard error.
        public var stderr: String
    }

    /// A binary of this package, beside the test bundle in the build products directory.
    public static func product(_ name: String) -> URL {
        let candidates = [
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let url = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates[0].appendingPathComponent(name)
    }

    /// Runs the binary from an async test: the wait happens on a thread of its own, never on one of the few threads
    /// of the cooperative pool, which servers and timers of this very process (and of the tests running beside it)
    /// need meanwhile.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
        standardInput: URL? = nil
    ) async throws -> Output {
        try await offThePool {
            try runBlocking(
                executable, arguments, in: directory, environment: environment, standardInput: standardInput)
        }
    }

    /// Runs blocking work (waiting for a process, reading its pipe) on a thread of its own, never on one of the
    /// cooperative pool's few threads, which the servers and timers of the tests running beside it need.
    public static func offThePool<Value: Sendable>(
        _ work: @escaping @Sendable () throws -> Value
    ) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Waits for a running process to exit, on a thread of its own (never one of the cooperative pool's).
    public static func exit(of process: Process) async {
        _ = try? await offThePool { process.waitUntilExit() }
    }

    /// Runs the binary, waiting for it on this thread: only ever called off the cooperative pool (``run(_:_:in:environment:standardInput:)``),
    /// as a synchronous test would block one of the pool's few threads, which the servers and timers of the tests
    /// running beside it need.
    static func runBlocking(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
        standardInput: URL? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        if let environment { process.environment = environment }
        if let standardInput { process.standardInput = try FileHandle(forReadingFrom: standardInput) }
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        // Files, not pipes: a full pipe buffer would block the child while we wait for it.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cli-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
