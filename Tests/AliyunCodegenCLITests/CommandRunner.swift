import Foundation

/// Runs the built `aliyun-codegen` binary as a user would and captures what it prints.
struct CommandRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `aliyun-codegen` binary beside the test bundle in the build products directory.
    static var executable: URL { product("aliyun-codegen") }

    /// A binary of this package, beside the test bundle.
    static func product(_ name: String) -> URL {
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

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the binary from an async test: the wait happens on a thread of its own, never on one of the few threads
    /// of the cooperative pool, which servers and timers of this very process (and of the tests running beside it)
    /// need meanwhile.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, executable: URL = executable,
        environment: [String: String]? = nil, standardInput: URL? = nil
    ) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        try run(
                            arguments, in: directory, executable: executable, environment: environment,
                            standardInput: standardInput, blocking: ())
                    })
            }
        }
    }

    /// Runs the binary from a synchronous test.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, executable: URL = executable,
        environment: [String: String]? = nil, standardInput: URL? = nil
    ) throws -> Output {
        try run(
            arguments, in: directory, executable: executable, environment: environment, standardInput: standardInput,
            blocking: ())
    }

    private static func run(
        _ arguments: [String], in directory: URL, executable: URL, environment: [String: String]?,
        standardInput: URL?, blocking: Void
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        if let environment { process.environment = environment }
        if let standardInput { process.standardInput = try FileHandle(forReadingFrom: standardInput) }
        process.arguments = arguments
        process.currentDirectoryURL = directory
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
