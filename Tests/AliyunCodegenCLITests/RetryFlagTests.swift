import Foundation
import Testing

/// `--retry-safe` and `--never-retry` replace the config file's `retrySafe` and `neverRetry`.
@Suite("aliyun-codegen generate --retry-safe / --never-retry")
struct RetryFlagTests {
    private static func generate(_ extra: [String]) async throws -> (CommandRunner.Output, URL) {
        let directory = try GenerateCommandTests.temporary()
        let output = try await CommandRunner.run(
            [
                "generate", "--spec", "spec/ecs/2014-05-26/api-docs.json", "--output", directory.path, "--module",
                "M", "--quiet",
            ] + extra)
        return (output, directory.appendingPathComponent("ModifyImageAttribute.swift"))
    }

    @Test("--retry-safe retries an operation that acts once sent; --never-retry does not")
    func flags() async throws {
        let (safe, safeFile) = try await Self.generate(["--retry-safe", "ModifyImageAttribute"])
        #expect(safe.status == 0, "\(safe.stderr)")
        let retried = try String(contentsOf: safeFile, encoding: .utf8)
        #expect(retried.contains("isIdempotent: true"))
        #expect(retried.contains("(`retrySafe`)"))
        let (never, neverFile) = try await Self.generate(["--never-retry", "ModifyImageAttribute"])
        #expect(never.status == 0, "\(never.stderr)")
        let notRetried = try String(contentsOf: neverFile, encoding: .utf8)
        #expect(notRetried.contains("isIdempotent: false"))
        #expect(notRetried.contains("(`neverRetry`)"))
    }

    @Test("naming an operation the spec lacks, or one operation in both, is an error; --print-config shows both")
    func errors() async throws {
        let (unknown, _) = try await Self.generate(["--retry-safe", "Nope"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("retrySafe names Nope, which is not an operation of Ecs 2014-05-26"))
        let (both, _) = try await Self.generate([
            "--retry-safe", "ModifyImageAttribute", "--never-retry", "ModifyImageAttribute",
        ])
        #expect(both.status == 1)
        #expect(both.stderr.contains("ModifyImageAttribute is under both retrySafe and neverRetry"))
        let printed = try await CommandRunner.run([
            "generate", "--spec", "spec/ecs/2014-05-26/api-docs.json", "--retry-safe", "A, B", "--print-config",
        ])
        #expect(printed.stdout.contains("retrySafe: \n  - A\n  - B\nneverRetry: []"))
    }
}
