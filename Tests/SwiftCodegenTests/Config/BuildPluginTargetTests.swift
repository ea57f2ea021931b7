import Foundation
import Testing

@testable import SwiftCodegen

@Suite("Build-plugin rules for a target's aliyun-codegen.yaml")
struct BuildPluginTargetTests {
    /// A target directory holding `files` (name → text) and the config text.
    private func target(_ config: String, files: [String: String] = [:]) throws -> GeneratorConfig {
        let directory = try Repository.temporaryDirectory()
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let path = directory.appendingPathComponent("aliyun-codegen.yaml").path
        try config.write(toFile: path, atomically: true, encoding: .utf8)
        return try ConfigFileLoader.load(text: config, path: path)
    }

    private func failure(_ config: GeneratorConfig, target: String = "Images") -> GenerationError? {
        do {
            _ = try BuildPluginTarget(name: target).configure(config)
            return nil
        } catch {
            return error
        }
    }

    @Test("the module is the target, the layout fixed, the one spec file found without specs:")
    func defaults() throws {
        let config = try target("accessModifier: package\n", files: ["api-docs.json": "{}", "Notes.swift": ""])
        let configured = try BuildPluginTarget(name: "Images").configure(config)
        #expect(configured.module == "Images")
        #expect(configured.layout == .fixed)
        #expect(configured.specs == ["api-docs.json"])
        #expect(configured.accessModifier == "package")
    }

    @Test("no spec, several specs, a spec outside the target: errors at the config's line, naming the target")
    func specProblems() throws {
        let none = try #require(failure(try target("validation: true\n")))
        #expect(none.message.hasPrefix("target Images: no spec"))
        #expect(none.file?.hasSuffix("aliyun-codegen.yaml") == true)
        #expect(none.line == 1)

        let two = try #require(failure(try target("", files: ["a.json": "{}", "pages/b.html": ""])))
        #expect(two.message.contains("2 files could be the spec (a.json, pages/b.html)"))

        let outside = try #require(failure(try target("# specs\nspecs:\n  - ../elsewhere.json\n")))
        #expect(outside.message.contains("spec ../elsewhere.json is outside the target's directory"))
        #expect(outside.line == 3)
    }

    @Test("overlays: not taken for the spec when it is discovered; one outside the target is refused at its line")
    func overlays() throws {
        let config = try target(
            "overlays: [overlays/fix.json]\n", files: ["api-docs.json": "{}", "overlays/fix.json": "{}"])
        let configured = try BuildPluginTarget(name: "Images").configure(config)
        #expect(configured.specs == ["api-docs.json"])
        #expect(configured.overlays == ["overlays/fix.json"])

        let outside = try #require(
            failure(try target("specs: [a.json]\noverlays:\n  - ../fix.json\n", files: ["a.json": "{}"])))
        #expect(outside.message.contains("overlay ../fix.json is outside the target's directory"))
        #expect(outside.line == 3)
    }

    @Test("output, commandOutput, another module or layout: refused at their line")
    func refusedKeys() throws {
        let output = try #require(failure(try target("specs: [a.json]\noutput: Generated\n")))
        #expect(output.message.contains("\"output\" is not used at build time"))
        #expect(output.line == 2)
        let command = try #require(failure(try target("specs: [a.json]\ncommandOutput: Cmd\n")))
        #expect(command.message.contains("\"commandOutput\""))
        let module = try #require(failure(try target("specs: [a.json]\nmodule: Other\n")))
        #expect(module.message.contains("module \"Other\" differs from the target"))
        #expect(module.line == 2)
        #expect(failure(try target("specs: [a.json]\nmodule: Images\n")) == nil)
        let layout = try #require(failure(try target("specs: [a.json]\nlayout: per-type\n")))
        #expect(layout.message.contains("always uses the fixed layout"))
    }

    @Test("a spec the config names but the target lacks: the config's line, at generation")
    func missingSpec() throws {
        var config = try BuildPluginTarget(name: "Images").configure(try target("# x\nspecs: [api-docs.json]\n"))
        config.output = "work"
        #expect(throws: GenerationError.self) { try GenerationRun(config: config).render() }
        do {
            _ = try GenerationRun(config: config).render()
        } catch let error as GenerationError {
            #expect(error.message == "spec api-docs.json: no such file")
            #expect(error.line == 2)
        }
    }
}
