import Foundation
import Testing

@Suite("aliyun-codegen generate-package")
struct GeneratePackageCommandTests {
    @Test("writes the package of a corpus directory, --check finds it up to date, then finds a hand edit")
    func corpus() async throws {
        let root = try GenerateCommandTests.temporary()
        let corpus = root.appendingPathComponent("corpus")
        for (product, spec) in [
            ("ecs/2014-05-26", "spec/ecs/2014-05-26/api-docs.json"),
            ("sts/2015-04-01", "spec/sts/2015-04-01/api-docs.json"),
        ] {
            let directory = corpus.appendingPathComponent(product)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: CommandRunner.packageRoot.appendingPathComponent(spec),
                to: directory.appendingPathComponent("api-docs.json"))
        }
        let output = root.appendingPathComponent("SDK")
        let arguments = [
            "generate-package", "--corpus", corpus.path, "--output", output.path, "--runtime-path", "../..", "--quiet",
        ]
        let first = try await CommandRunner.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("2 modules (5 operations), 0 specs left out"))
        let manifest = try String(contentsOf: output.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(#"let modules = ["AliyunECS", "AliyunSTS"]"#))
        #expect(try await CommandRunner.run(arguments + ["--check"]).status == 0)
        let only = try await CommandRunner.run(arguments + ["--products", "sts"])
        #expect(only.stdout.contains("1 modules (4 operations)") && only.stdout.contains("removed"), "\(only.stdout)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("Sources/AliyunECS").path))
        let client = output.appendingPathComponent("Sources/AliyunSTS/STSClient.swift")
        try (try String(contentsOf: client, encoding: .utf8) + "// edited\n").write(
            to: client, atomically: true, encoding: .utf8)
        let drift = try await CommandRunner.run(arguments + ["--products", "sts", "--check"])
        #expect(drift.status == 1)
        #expect(drift.stdout.contains("differs: Sources/AliyunSTS/STSClient.swift"))
        let unknown = try await CommandRunner.run(arguments + ["--products", "nope"])
        #expect(unknown.status == 1 && unknown.stderr.contains("--products names nope, which no spec is of"))
    }
}
