import Foundation
import Testing

/// `swift format lint` with the repository's configuration finds nothing in hand-written or generated code.
@Suite("Formatting")
struct FormattingTests {
    @Test("swift format lint is clean")
    func lint() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["swift", "format", "lint", "--strict", "--recursive"] + [
                "Package.swift", "Sources", "Tests", "Plugins", "Generated",
                // The example's own code, not its .build (which holds its dependencies' checkouts).
                "Examples/ImageCatalog/Package.swift", "Examples/ImageCatalog/Sources", "Examples/ImageCatalog/Tests",
                "Examples/ImageCatalog/BrokenTargets",
                "Benchmarks/EmulatorLoad/Package.swift", "Benchmarks/EmulatorLoad/Sources", "Fuzz/Package.swift",
                "Fuzz/Sources",
            ]
        process.currentDirectoryURL = CommandRunner.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.isEmpty, "\(output)")
    }
}
