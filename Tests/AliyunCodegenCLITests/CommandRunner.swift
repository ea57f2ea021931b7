import Foundation
import LoopbackServer

/// Runs the built `aliyun-codegen` binary (or another of this package's) as a user would and captures what it
/// prints, from the package's root by default (``ProcessRun`` does the running).
struct CommandRunner {
    typealias Output = ProcessRun.Output

    /// The `aliyun-codegen` binary beside the test bundle in the build products directory.
    static var executable: URL { product("aliyun-codegen") }

    /// A binary of this package, beside the test bundle.
    static func product(_ name: String) -> URL {
        ProcessRun.product(name)
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the binary from an async test, waiting off the cooperative pool (``ProcessRun/run(_:_:in:environment:standardInput:)``).
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, executable: URL = executable,
        environment: [String: String]? = nil, standardInput: URL? = nil
    ) async throws -> Output {
        try await ProcessRun.run(
            executable, arguments, in: directory, environment: environment, standardInput: standardInput)
    }
}
