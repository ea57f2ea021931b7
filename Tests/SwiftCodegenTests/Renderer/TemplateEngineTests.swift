import Testing

@testable import SwiftCodegen

/// The Mustache rules the renderer implements, each on a small template.
@Suite("Template engine")
struct TemplateEngineTests {
    struct Item: TemplateContext {
        var name: String
        var tags: [String] = []
        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "name": self.name
            case "tags": tags
            default: nil
            }
        }
    }

    struct Root: TemplateContext {
        var title = "T"
        var items: [Item] = []
        var flag = true
        var missing: String? = nil
        var body = "if a < b && c > d"
        var partialName = "row"
        var nested: Item? = nil
        func child(named name: String) -> (any TemplateRepresentable)? {
            switch name {
            case "title": title
            case "items": items
            case "flag": flag
            case "missing": missing
            case "body": body
            case "partialName": partialName
            case "nested": nested
            default: nil
            }
        }
    }

    static func render(_ templates: [String: String], _ root: Root = Root(), template: String = "main") throws -> String
    {
        let engine = try TemplateSet(texts: templates).engine()
        let bytes = try #require(engine.render(template, context: root))
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("sections over lists, flags, missing values and objects; inverted sections")
    func sections() throws {
        let root = Root(items: [Item(name: "a"), Item(name: "b")], nested: Item(name: "n"))
        let text =
            "{{%CONTENT_TYPE:TEXT}}{{#items}}{{name}}{{^last()}},{{/last()}}{{/items}}|"
            + "{{#flag}}F{{/flag}}{{^flag}}no{{/flag}}|{{#missing}}M{{/missing}}{{^missing}}none{{/missing}}|"
            + "{{#nested}}{{name}}-{{title}}{{/nested}}|{{^items}}empty{{/items}}"
        #expect(try Self.render(["main": text], root) == "a,b|F|none|n-T|")
        #expect(try Self.render(["main": "{{%CONTENT_TYPE:TEXT}}{{^items}}empty{{/items}}"]) == "empty")
    }

    @Test("a standalone tag takes its whole line; an inline one leaves the line")
    func standaloneLines() throws {
        let text = "{{%CONTENT_TYPE:TEXT}}\n  {{#flag}}  \nx\n  {{/flag}}\n{{! a comment }}\ny {{#flag}}z{{/flag}}\n"
        #expect(try Self.render(["main": text]) == "x\ny z\n")
    }

    @Test("a standalone partial indents each line it writes; an inline one does not")
    func partialIndentation() throws {
        let templates = [
            "main": "{{%CONTENT_TYPE:TEXT}}{\n    {{> row}}\n} {{> row}}",
            "row": "{{%CONTENT_TYPE:TEXT}}a\nb\n",
        ]
        #expect(try Self.render(templates) == "{\n    a\n    b\n} a\nb\n")
    }

    @Test("a dynamic partial is the template its value names")
    func dynamicPartial() throws {
        let templates = ["main": "{{%CONTENT_TYPE:TEXT}}[{{>*partialName}}]", "row": "{{%CONTENT_TYPE:TEXT}}R"]
        #expect(try Self.render(templates) == "[R]")
    }

    @Test("HTML is escaped until the TEXT content type, and never in triple braces")
    func escaping() throws {
        #expect(try Self.render(["main": "{{body}}|{{{body}}}"]) == "if a &lt; b &amp;&amp; c &gt; d|if a < b && c > d")
        #expect(try Self.render(["main": "{{%CONTENT_TYPE:TEXT}}{{body}}"]) == "if a < b && c > d")
    }

    @Test("names are looked for outwards; dotted names go inwards; transforms apply")
    func names() throws {
        let root = Root(items: [Item(name: "a", tags: ["x", "y"])], nested: Item(name: "n"))
        let text =
            "{{%CONTENT_TYPE:TEXT}}{{#items}}{{title}}{{.name}}{{#tags}}{{.}}{{/tags}}{{/items}}"
            + "{{nested.name}}{{count(items)}}{{#empty(items)}}E{{/empty(items)}}{{uppercased(title)}}"
        #expect(try Self.render(["main": text], root) == "Taxyn1T")
    }

    @Test(
        "a template that does not parse names its line",
        arguments: [
            ("{{#a}}\n{{/b}}", "line 2"), ("x\n{{#a}}", "is not closed"), ("{{=<% %>=}}", "not supported"),
            ("{{nope(a)}}", "no transform nope"), ("{{a", "not closed by }}"), ("{{%FOO:BAR}}", "unknown pragma"),
        ])
    func parseErrors(text: String, expected: String) {
        do {
            _ = try TemplateParser.parse(text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.description.contains(expected), "\(error)")
        }
    }
}
