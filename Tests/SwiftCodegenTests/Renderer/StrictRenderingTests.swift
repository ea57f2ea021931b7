import Foundation
import SpecReaders
import TemplateRendering
import Testing

@testable import SwiftCodegen

/// Every template of `Templates/` renders real input strictly: a name a template asks for that no view model on
/// the stack has is an error, so a misspelled name fails here instead of rendering nothing.
@Suite("Templates render strictly")
struct StrictRenderingTests {
    /// The real ECS metadata, all 347 operations (in the shared corpus next to the repository).
    static let corpus = "../shared/corpus/ecs-2014-05-26.api-docs.json"

    /// Every file generated from `spec`: SDK, DocC catalog, command-line client and server side.
    static func files(spec: String, module: String) throws -> [FileViewModel] {
        let service = try SpecReader.read(path: Repository.path(spec)).service
        let options = GenerationOptions(moduleName: module)
        let resolved = ServiceResolver.resolve(service, options: options, commandName: "tool")
        var context = TranslationContext(options: options, sources: [spec])
        return ServiceTranslator.files(resolved, context: &context)
            + [DocumentationTranslator.catalog(resolved, context: context)]
            + ServiceTranslator.commandFiles(resolved, commandName: "tool", context: context)
            + ServiceTranslator.serverFiles(resolved, context: context)
    }

    /// The SDK files of the checked-in OSS spec with its overlay: the OSS style's client and method templates.
    static func ossFiles() throws -> [FileViewModel] {
        let overlay = "spec/overlays/oss/2019-05-17.json"
        let overlays = [
            try SpecOverlay(
                bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Repository.path(overlay)))), path: overlay)
        ]
        let service = try SpecReader.read(
            path: Repository.path("spec/oss/2019-05-17/api-docs.json"), overlays: overlays
        )
        .service
        let options = GenerationOptions(moduleName: "AliyunOSS")
        let resolved = ServiceResolver.resolve(service, options: options, commandName: nil)
        var context = TranslationContext(options: options, sources: ["oss.json"])
        return ServiceTranslator.files(resolved, context: &context)
    }

    /// The package manifest of a generated package, with a runtime from a URL and from a path.
    static let manifests = [
        PackageManifestViewModel(
            nameLiteral: "\"Aliyun\"", specCount: 2,
            modules: ListLiteralViewModel(["\"AliyunECS\""], indent: "", declaration: "let modules = "),
            styleModules: [
                .init(
                    summary: "OSS.", variable: "ossModules", runtimeLiteral: "\"AliyunOSSRuntime\"",
                    modules: ListLiteralViewModel(["\"AliyunOSS\""], indent: "", declaration: "let ossModules = "))
            ],
            runtimePath: nil, runtimeURL: .init(url: "\"https://example.com/r\"", version: "\"1.0.0\"")),
        PackageManifestViewModel(
            nameLiteral: "\"Aliyun\"", specCount: 1,
            modules: ListLiteralViewModel([], indent: "", declaration: "let modules = "), styleModules: [],
            runtimePath: "\"../runtime\"", runtimeURL: nil),
    ].map { FileViewModel(path: "Package.swift", template: "package-manifest", context: $0) }

    /// The templates `names` render, and the partials they include, transitively.
    static func reached(from names: Set<String>) -> Set<String> {
        var reached = names
        var pending = Array(names)
        while let name = pending.popLast() {
            let text = TemplateSet.embedded.texts[name] ?? ""
            for match in text.matches(of: /\{\{>\s*([A-Za-z0-9_-]+)\s*\}\}/)
            where reached.insert(String(match.1)).inserted {
                pending.append(String(match.1))
            }
        }
        return reached
    }

    @Test("every template renders the whole ECS corpus (and a ROA service, and OSS) with no name missing")
    func wholeCorpus() throws {
        let path = Repository.path(Self.corpus)
        try #require(
            FileManager.default.fileExists(atPath: path),
            "the real ECS metadata is missing at \(path); this test needs the shared corpus next to the repository")
        let engine = try TemplateEngine(templates: TemplateSet.embedded.texts)
        let files =
            try Self.files(spec: Self.corpus, module: "AliyunECSComplete")
            + Self.files(spec: "Tests/SwiftCodegenTests/Fixtures/roa.api-docs.json", module: "ROASDK") + Self.manifests
            + Self.ossFiles()
        #expect(files.count > 700)
        var rendered: Set<String> = []
        for file in files {
            rendered.insert(file.template)
            if let source = file.context as? SourceFileViewModel {
                rendered.formUnion(source.declarations.map(\.template))
            }
            #expect(throws: Never.self, "\(file.path)") { try engine.render(file.template, context: file.context) }
        }
        let unrendered = Set(TemplateSet.embedded.texts.keys).subtracting(Self.reached(from: rendered))
        #expect(unrendered.isEmpty, "templates no file renders: \(unrendered.sorted())")
    }

    @Test("a misspelled name in a template fails the render, naming the template, its line and the name")
    func misspelledName() throws {
        var texts = TemplateSet.embedded.texts
        let original = try #require(texts["client-method"])
        texts["client-method"] = original.replacingOccurrences(of: "{{response}}", with: "{{respnose}}")
        #expect(texts["client-method"] != original)
        let service = try SpecReader.read(path: Repository.path("spec/ecs/2014-05-26/api-docs.json")).service
        let error = #expect(throws: GenerationError.self) {
            try Generator.render(
                service, options: GenerationOptions(moduleName: "AliyunECS"), sources: ["api-docs.json"],
                templates: TemplateSet(texts: texts))
        }
        let line = original.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("{{response}}") }.map { $0 + 1 }
        #expect(error?.file == "client-method.mustache")
        #expect(error?.line == line)
        #expect(error?.message.contains("\"respnose\"") == true, "\(String(describing: error))")
    }
}
