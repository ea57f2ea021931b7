import Foundation
import LoopbackServer
import Testing

/// `swift format lint` with the repository's configuration finds nothing in hand-written or generated code.
@Suite("Formatting")
struct FormattingTests {
    /// Run as a child process waited for off the cooperative pool (``ProcessRun/run(_:_:in:environment:standardInput:)``):
    /// the lint takes seconds, and a test blocking one of the pool's few threads that long stalls the servers and
    /// timers of the tests beside it.
    @Test("swift format lint is clean")
    func lint() async throws {
        let output = try await ProcessRun.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["swift", "format", "lint", "--strict", "--recursive"] + [
                "Package.swift", "Sources", "Tests", "Plugins", "Generated",
                // The example's own code, not its .build (which holds its dependencies' checkouts).
                "Examples/ImageCatalog/Package.swift", "Examples/ImageCatalog/Sources", "Examples/ImageCatalog/Tests",
                "Examples/ImageCatalog/BrokenTargets",
                "Benchmarks/EmulatorLoad/Package.swift", "Benchmarks/EmulatorLoad/Sources",
                "Benchmarks/SLSProducerSpeed/Package.swift", "Benchmarks/SLSProducerSpeed/Sources",
                "Fuzz/Package.swift",
                "Fuzz/Sources",
            ],
            in: CommandRunner.packageRoot)
        #expect(output.status == 0)
        #expect(output.stdout.isEmpty && output.stderr.isEmpty, "\(output.stdout)\(output.stderr)")
    }
}
