import Foundation
import Mustache
import Testing

@testable import TemplateRendering

/// The renderer writes exactly what swift-mustache, the reference it replaced, writes at the edges of the rules.
@Suite("Renderer against swift-mustache")
struct RendererOracleTests {
    typealias Root = TemplateEngineTests.Root
    typealias Item = TemplateEngineTests.Item

    /// Small templates at the edges of the rules, rendered by both with one view model.
    static let edgeCases: [[String: String]] = [
        // A standalone partial inside an indented partial, and a section inside it.
        [
            "main": "T\n  {{> outer}}\nend\n", "outer": "T\nA\n  {{> inner}}\n{{#items}}\n- {{name}}\n{{/items}}\n",
            "inner": "T\nB\nC\n",
        ],
        // A partial and a section after the content type, text with HTML's special characters.
        ["main": "T\n{{body}} {{> p}} {{#flag}}{{body}}{{/flag}} {{{body}}}", "p": "T\n{{body}}"],
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
        // Dynamic partials, an absent one, dotted names, transforms.
        [
            "main":
                "T\n[{{>*partialName}}][{{>*missing}}]{{#empty(items)}}E{{/empty(items)}}{{^empty(items)}}F{{/empty(items)}}",
            "row": "T\nR{{title}}",
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
        let ours = String(decoding: try TemplateEngine(templates: texts).render("main", context: root), as: UTF8.self)
        var reference = MustacheLibrary()
        for (name, text) in texts { try reference.register(text, named: name) }
        let view = try #require(try TemplateValue(encoding: root).plainValue)
        let theirs = try #require(reference.render(view, withTemplate: "main"))
        #expect(ours == theirs)
    }
}
