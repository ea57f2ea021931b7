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

    typealias Root = TemplateEngineTests.Root
    typealias Item = TemplateEngineTests.Item

    /// Small templates at the edges of the rules, rendered by both with one view model.
    static let edgeCases: [[String: String]] = [
        // A standalone partial inside an indented partial, and a section inside it.
        [
            "main": "T\n  {{> outer}}\nend\n", "outer": "T\nA\n  {{> inner}}\n{{#items}}\n- {{name}}\n{{/items}}\n",
            "inner": "T\nB\nC\n",
        ],
        // Partials start with HTML escaping; a pragma lasts to the end of its own template or section.
        ["main": "T\n{{body}} {{> p}} {{#flag}}{{%CONTENT_TYPE:HTML}}{{body}}{{/flag}} {{body}}", "p": "{{body}}"],
        // List positions survive a flag section, not an object section, a partial or an inverted empty list.
        [
            "main":
                "T\n{{#items}}{{#flag}}{{#last()}}L{{/last()}}{{/flag}}{{#nested}}{{^last()}}n{{/last()}}{{/nested}}{{> p}}{{/items}}",
            "p": "T\n{{^first()}}p{{/first()}}",
        ],
        // The name search stops at the first context that has the first component.
        ["main": "T\n{{#nested}}{{name}}{{title}}{{nested.name}}{{#items}}[{{name}}]{{/items}}{{/nested}}"],
        // CRLF lines, standalone tags on them, and a comment that is not standalone.
        ["main": "T\r\n{{#flag}}\r\n  x\r\n{{/flag}}\r\n  {{! note }} y\r\n{{! alone }}\r\nz"],
        // A standalone tag ended by a lone CR, a form feed or U+2028.
        ["main": "T\n{{#flag}}\rX\n{{/flag}}\u{0C}Y\n  {{> p}}\u{2028}Z\n", "p": "T\n1\n2\n"],
        // Opening tag mid-line, closing standalone; inverted sections; {{ at the very end.
        ["main": "T\nbefore {{#flag}}in\n{{/flag}}\nafter {{^missing}}none{{/missing}}{{^items}}e{{/items}} {{"],
        // Dynamic partials, dotted and missing names, transforms, an unknown partial.
        [
            "main":
                "T\n[{{>*partialName}}][{{>*missing}}][{{> nope}}]{{count(items)}}{{#empty(items)}}E{{/empty(items)}}{{uppercased(title)}}",
            "row": "R{{title}}",
        ],
        // Whitespace around names, triple and ampersand variables, a lone brace.
        ["main": "T\n{{ title }}{{{ body }}}{{& body }}{ {x} }{{#items}}{{#tags}}{{.}}{{/tags}}{{/items}}"],
    ]

    @Test("edge cases of the rules render as swift-mustache renders them", arguments: edgeCases.indices)
    func edgeCase(index: Int) throws {
        var texts = Self.edgeCases[index]
        for (name, text) in texts {
            texts[name] = text.replacingOccurrences(of: "T\n", with: "{{%CONTENT_TYPE:TEXT}}\n")
        }
        let root = Root(
            items: [Item(name: "a", tags: ["x"]), Item(name: "b")], body: "<b>&\"'</b>", nested: Item(name: "n"))
        let engine = try TemplateSet(texts: texts).engine()
        var reference = MustacheLibrary()
        for (name, text) in texts { try reference.register(text, named: name) }
        let ours = String(decoding: try #require(engine.render("main", context: root)), as: UTF8.self)
        let theirs = try #require(reference.render(MustacheView(context: root), withTemplate: "main"))
        #expect(ours == theirs)
    }
}
