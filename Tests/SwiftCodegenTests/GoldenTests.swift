import Foundation
import SwiftCodegen
import Testing

/// Regenerating reproduces every checked-in generated file byte for byte, with none missing or extra.
@Suite("Golden files")
struct GoldenTests {
    static func compare(_ config: GeneratorConfig) throws {
        let result = try GenerationRun(config: config).render()
        for output in result.outputs {
            let directory = OutputDirectory(path: output.directory)
            let drift = directory.drift(from: output.files)
            let diffs = drift.changed.map { path in
                UnifiedDiff.diff(
                    old: directory.contents(of: path) ?? "",
                    new: output.files.first { $0.path == path }?.contents ?? "", path: path)
            }
            #expect(drift.missing.isEmpty, "missing generated files: \(drift.missing)")
            #expect(drift.extra.isEmpty, "generated files that would no longer be produced: \(drift.extra)")
            #expect(drift.changed.isEmpty, "files differ from what the generator produces:\n\(diffs.joined())")
            #expect(
                directory.existingFiles() == output.files.map(\.path),
                "\(output.directory) holds exactly the generated files")
        }
    }

    @Test("Generated/ECS and Generated/ECSCommand are what the checked-in config generates")
    func ecs() throws {
        let config = try Repository.checkedInConfig()
        #expect(config.commandOutput == "Generated/ECSCommand")
        try Self.compare(config)
    }

    /// Generated with `--access-modifier package`, so that compiling it proves that modifier works too.
    @Test("Tests/AdversarialSDK and its command are what the adversarial spec generates, with package access")
    func adversarial() throws {
        var config = Repository.config(
            spec: "Tests/SwiftCodegenTests/Fixtures/adversarial.api-docs.json", output: "Tests/AdversarialSDK",
            module: "AdversarialSDK")
        config.accessModifier = "package"
        config.commandOutput = "Tests/AdversarialCommand"
        config.commandName = "tryhard"
        try Self.compare(config)
        let request = try #require(
            OutputDirectory(path: Repository.path("Tests/AdversarialSDK")).contents(of: "TryHard.swift"))
        #expect(request.contains("package struct TryHardRequest"))
        #expect(!request.contains("public "))
    }

    @Test("the same inputs give the same bytes")
    func deterministic() throws {
        let config = try Repository.checkedInConfig()
        let first = try GenerationRun(config: config).render().files
        let second = try GenerationRun(config: config).render().files
        #expect(first == second)
    }

    @Test("a unified diff shows the drift")
    func diff() {
        let diff = UnifiedDiff.diff(old: "a\nb\nc\n", new: "a\nB\nc\n", path: "X.swift")
        #expect(diff == "--- a/X.swift\n+++ b/X.swift\n@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n \n")
        #expect(UnifiedDiff.diff(old: "same", new: "same", path: "X.swift").isEmpty)
    }
}
