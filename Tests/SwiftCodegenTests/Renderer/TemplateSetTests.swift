import Foundation
import SpecReaders
import SwiftCodegen
import Testing

@Suite("Templates")
struct TemplateSetTests {
    @Test("the embedded templates are exactly Templates/")
    func embeddedCopy() throws {
        let directory = Repository.path("Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }
        var onDisk: [String: String] = [:]
        for file in files {
            onDisk[String(file.dropLast(".mustache".count))] = try String(
                contentsOfFile: "\(directory)/\(file)", encoding: .utf8)
        }
        #expect(
            TemplateSet.embedded.texts == onDisk,
            "Sources/SwiftCodegen/Renderer/EmbeddedTemplates.swift is out of date: run bash Scripts/embed-templates.sh")
    }

    @Test("every template starts with the TEXT content type")
    func contentType() {
        for (name, text) in TemplateSet.embedded.texts {
            #expect(text.hasPrefix("{{%CONTENT_TYPE:TEXT}}"), "\(name)")
        }
    }

    @Test("--templates replaces a template by name; an unknown name is an error")
    func override() throws {
        let directory = try Repository.temporaryDirectory()
        let header = TemplateSet.embedded.texts["file-header"] ?? ""
        try (header + "// Company header.\n").write(
            to: directory.appendingPathComponent("file-header.mustache"), atomically: true, encoding: .utf8)
        var config = try Repository.checkedInConfig()
        config.templates = directory.path
        let files = try GenerationRun(config: config).render().files
        let swift = files.filter { $0.path.hasSuffix(".swift") }
        #expect(!swift.isEmpty)
        #expect(swift.allSatisfy { $0.contents.contains("// Company header.\n") })
        // The DocC catalog has a header of its own (`documentation-header`), in Markdown.
        let catalog = files.filter { !$0.path.hasSuffix(".swift") }.map(\.path)
        #expect(catalog == ["AliyunECSImages.docc/AliyunECSImages.md"])

        try "x".write(to: directory.appendingPathComponent("nonsense.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: GenerationError.self) { try GenerationRun(config: config).render() }
    }

    @Test("a template that does not parse is an error naming it")
    func badTemplate() {
        var set = TemplateSet.embedded
        set = TemplateSet(texts: set.texts.merging(["struct": "{{#open}} never closed"]) { $1 })
        #expect(throws: GenerationError.self) { try FileRenderer(templates: set) }
    }

    @Test("a declaration whose template is missing is an error naming it, not an empty file")
    func missingDeclarationTemplate() throws {
        var texts = TemplateSet.embedded.texts
        texts["server-handler"] = nil
        let service = try SpecReader.read(path: Repository.path("spec/ecs/2014-05-26/api-docs.json")).service
        #expect(throws: GenerationError("no template named \"server-handler\"", file: "ECSHandler.swift")) {
            try Generator.render(
                service, options: GenerationOptions(moduleName: "AliyunECS"), sources: ["api-docs.json"],
                templates: TemplateSet(texts: texts), server: true)
        }
    }
}
