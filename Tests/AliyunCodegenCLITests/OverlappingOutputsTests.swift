import Foundation
import Testing

@Suite("aliyun-codegen generate refuses outputs that overlap")
struct OverlappingOutputsTests {
    /// A config of two modules: ECS's ModifyImageAttribute writing to `first`, STS's GetCallerIdentity to
    /// `second` (its `output` key on line 7), with `extra` lines appended to the second module.
    static func config(first: String, second: String, extra: String = "") -> String {
        let ecs = CommandRunner.packageRoot.appendingPathComponent("spec/ecs/2014-05-26/api-docs.json").path
        let sts = CommandRunner.packageRoot.appendingPathComponent("spec/sts/2015-04-01/api-docs.json").path
        return """
            specs: [\(ecs)]
            output: \(first)
            module: One
            operations: [ModifyImageAttribute]
            ---
            specs: [\(sts)]
            output: \(second)
            module: Two
            operations: [GetCallerIdentity]
            documentationCatalog: false
            \(extra)
            """
    }

    /// Every file below `directory` with its bytes.
    static func snapshot(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: directory.path) {
            let url = directory.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test(
        "two modules in one directory, or one inside the other: a located error, exit 1, nothing written",
        arguments: [
            ("out/A", "out/A/B", "inside"), ("out/A", "out/A", "same directory"),
            ("out/A/", "out/./X/../A", "same directory"), ("out/A/B/", "out/A", "inside"),
        ])
    func refused(first: String, second: String, says: String) async throws {
        let directory = try GenerateCommandTests.temporary()
        let config = directory.appendingPathComponent("aliyun-codegen.yaml")
        try Self.config(first: first, second: second).write(to: config, atomically: true, encoding: .utf8)
        let result = try await CommandRunner.run(["generate", "--config", config.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(config.path):7: error: "), "\(result.stderr)")
        #expect(result.stderr.contains(says), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
        let check = try await CommandRunner.run(["generate", "--config", config.path, "--quiet", "--check"])
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix("\(config.path):7: error: "), "\(check.stderr)")
    }

    @Test("a module already generated stays byte for byte as it was when another module would overlap it")
    func existingFilesIntact() async throws {
        let directory = try GenerateCommandTests.temporary()
        let alone = directory.appendingPathComponent("alone.yaml")
        let text = Self.config(first: "out/A", second: "out/Elsewhere")
        try text.write(to: alone, atomically: true, encoding: .utf8)
        let first = try await CommandRunner.run(["generate", "--config", alone.path, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        try Data("hand-written\n".utf8).write(to: directory.appendingPathComponent("out/A/Notes.swift"))
        let before = try Self.snapshot(directory.appendingPathComponent("out"))

        let overlapping = directory.appendingPathComponent("overlapping.yaml")
        try Self.config(first: "out/A", second: "out/Elsewhere", extra: "commandOutput: out/A/Command\n").write(
            to: overlapping, atomically: true, encoding: .utf8)
        let refused = try await CommandRunner.run(["generate", "--config", overlapping.path, "--quiet"])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("\(overlapping.path):11: error: "), "\(refused.stderr)")
        #expect(refused.stderr.contains("command output out/A/Command"), "\(refused.stderr)")
        #expect(try Self.snapshot(directory.appendingPathComponent("out")) == before)
    }

    @Test("a symbolic link does not hide the overlap")
    func symbolicLink() async throws {
        let directory = try GenerateCommandTests.temporary()
        let out = directory.appendingPathComponent("out/A")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link").path, withDestinationPath: out.path)
        let config = directory.appendingPathComponent("aliyun-codegen.yaml")
        try Self.config(first: "out/A", second: "link/B").write(to: config, atomically: true, encoding: .utf8)
        let result = try await CommandRunner.run(["generate", "--config", config.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(config.path):7: error: "), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}
