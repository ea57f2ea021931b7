import Foundation
import SwiftCodegen
import Testing

@Suite("Writing the output")
struct OutputDirectoryTests {
    static let header = OutputDirectory.headerMarker + " from a.json.\n"

    func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }

    @Test("files are written only when their bytes change; stale generated files go; others stay")
    func writeIfChanged() throws {
        let root = try Repository.temporaryDirectory()
        let directory = OutputDirectory(path: root.path)
        let files = [
            RenderedFile(path: "A.swift", contents: Self.header + "let a = 1\n"),
            RenderedFile(path: "Sub/B.swift", contents: Self.header + "let b = 2\n"),
        ]
        #expect(try directory.write(files).written == ["A.swift", "Sub/B.swift"])
        let before = try modificationDate(root.appendingPathComponent("A.swift"))
        Thread.sleep(forTimeInterval: 0.02)
        let again = try directory.write(files)
        #expect(again.written.isEmpty)
        #expect(again.unchanged == ["A.swift", "Sub/B.swift"])
        #expect(try modificationDate(root.appendingPathComponent("A.swift")) == before)

        try "// hand-written\n".write(
            to: root.appendingPathComponent("Manual.swift"), atomically: true, encoding: .utf8)
        let fewer = try directory.write([files[0]])
        #expect(fewer.removed == ["Sub/B.swift"])
        #expect(directory.existingFiles() == ["A.swift", "Manual.swift"])
    }

    @Test("a file whose text is only canonically equivalent (é as e and U+0301) is a change, drifted and rewritten")
    func canonicallyEquivalentIsAChange() throws {
        let root = try Repository.temporaryDirectory()
        let directory = OutputDirectory(path: root.path)
        let decomposed = RenderedFile(path: "A.swift", contents: Self.header + "// caf\u{65}\u{301}\n")
        let precomposed = RenderedFile(path: "A.swift", contents: Self.header + "// caf\u{E9}\n")
        #expect(decomposed.contents == precomposed.contents, "String's == takes them as equal")
        _ = try directory.write([decomposed])
        #expect(directory.drift(from: [precomposed]).changed == ["A.swift"])
        #expect(try directory.write([precomposed]).written == ["A.swift"])
        let written = try Data(contentsOf: root.appendingPathComponent("A.swift"))
        #expect([UInt8](written) == precomposed.bytes)
    }

    @Test("drift lists missing, extra and changed files")
    func drift() throws {
        let root = try Repository.temporaryDirectory()
        let directory = OutputDirectory(path: root.path)
        _ = try directory.write([
            RenderedFile(path: "Old.swift", contents: Self.header),
            RenderedFile(path: "Same.swift", contents: Self.header + "1\n"),
            RenderedFile(path: "Changed.swift", contents: Self.header + "1\n"),
        ])
        let drift = directory.drift(from: [
            RenderedFile(path: "Same.swift", contents: Self.header + "1\n"),
            RenderedFile(path: "Changed.swift", contents: Self.header + "2\n"),
            RenderedFile(path: "New.swift", contents: Self.header),
        ])
        #expect(drift.missing == ["New.swift"])
        #expect(drift.extra == ["Old.swift"])
        #expect(drift.changed == ["Changed.swift"])
        #expect(!drift.isEmpty)
    }

    @Test("paths that would leave the output directory are refused, and nothing is written")
    func traversal() throws {
        let root = try Repository.temporaryDirectory()
        let directory = OutputDirectory(path: root.appendingPathComponent("out").path)
        for path in ["../escaped.swift", "/tmp/absolute.swift", "a/./b.swift"] {
            #expect(throws: GenerationError.self) {
                try directory.write([
                    RenderedFile(path: "Fine.swift", contents: Self.header),
                    RenderedFile(path: path, contents: Self.header),
                ])
            }
        }
        #expect(directory.existingFiles().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escaped.swift").path))
    }

    @Test("the command output may not be the output or inside it")
    func overlappingOutputs() throws {
        var config = try Repository.checkedInConfig()
        for commandOutput in ["Generated/ECS", "Generated/ECS/Cmd", "Generated"] {
            config.commandOutput = commandOutput
            #expect(throws: GenerationError.self) { try GenerationRun(config: config).render() }
        }
    }

    @Test("a command named like an operation gets a distinct root type")
    func rootName() throws {
        var config = try Repository.checkedInConfig()
        config.commandOutput = "unused"
        config.commandName = "modify-image-attribute"
        let files = try GenerationRun(config: config).render().command?.files.map(\.path)
        #expect(
            files == [
                "DescribeImagesCommand.swift", "ModifyImageAttributeCommand.swift",
                "ModifyImageAttributeRootCommand.swift",
            ])
    }

    @Test("a run that fails to render writes nothing")
    func nothingHalfWritten() throws {
        let root = try Repository.temporaryDirectory()
        var config = try Repository.checkedInConfig()
        config.output = root.path
        let brokenTemplates = try Repository.temporaryDirectory()
        try "{{%CONTENT_TYPE:TEXT}}{{#unclosed}}".write(
            to: brokenTemplates.appendingPathComponent("validation.mustache"), atomically: true, encoding: .utf8)
        config.templates = brokenTemplates.path
        #expect(throws: GenerationError.self) { try GenerationRun(config: config).render() }
        #expect(OutputDirectory(path: root.path).existingFiles().isEmpty)
    }
}
