import Foundation
import Mustache
import SpecIR
import SpecReaders
import Testing

@testable import SwiftCodegen

/// The generator's Mustache renderer writes exactly what swift-mustache, the reference it replaced, writes for
/// every file of real services: every template, every view model, before the trailing-space clean-up.
@Suite("Renderer against swift-mustache")
struct RendererOracleTests {
    /// A view model as swift-mustache sees it: the same members, as plain Swift values.
    struct MustacheView: MustacheParent {
        let context: any TemplateContext

        func child(named name: String) -> Any? {
            context.child(named: name).map { Self.plain($0.templateValue) }
        }

        static func plain(_ value: TemplateValue) -> Any {
            switch value {
            case .text(let text): text
            case .flag(let flag): flag
            case .context(let context): MustacheView(context: context)
            case .list(let elements): (0..<elements.count).map { plain(elements.element(at: $0)) }
            }
        }
    }

    static func files(spec: String, module: String) throws -> [FileViewModel] {
        let service = try SpecReader.read(path: Repository.path(spec)).service
        let options = GenerationOptions(moduleName: module)
        let resolved = ServiceResolver.resolve(service, options: options, commandName: "tool")
        var context = TranslationContext(options: options, sources: [spec])
        return ServiceTranslator.files(resolved, context: &context)
            + ServiceTranslator.commandFiles(resolved, commandName: "tool", context: context)
            + ServiceTranslator.serverFiles(resolved, context: context)
    }

    @Test(
        "every file of the SDK, command-line client and server side renders as swift-mustache renders it",
        arguments: [
            ("spec/ecs/2014-05-26/api-docs.json", "AliyunECS"),
            ("../shared/corpus/ecs-2014-05-26.api-docs.json", "AliyunECSComplete"),
            ("Tests/SwiftCodegenTests/Fixtures/adversarial.api-docs.json", "AdversarialSDK"),
            ("Tests/SwiftCodegenTests/Fixtures/roa.api-docs.json", "ROASDK"),
            ("Tests/SwiftCodegenTests/Fixtures/disagreements.api-docs.json", "StaleRulesSDK"),
        ])
    func sameBytes(spec: String, module: String) throws {
        let engine = try TemplateSet.embedded.engine()
        var reference = MustacheLibrary()
        for (name, text) in TemplateSet.embedded.texts { try reference.register(text, named: name) }
        let files = try Self.files(spec: spec, module: module)
        #expect(files.count >= 7)
        var templates: Set<String> = []
        for file in files {
            templates.insert(file.template)
            let ours = try #require(engine.render(file.template, context: file.context))
            let theirs = try #require(
                reference.render(MustacheView(context: file.context), withTemplate: file.template))
            #expect(String(decoding: ours, as: UTF8.self) == theirs, "\(spec): \(file.path)")
        }
        #expect(templates.contains("file"))
    }
}
