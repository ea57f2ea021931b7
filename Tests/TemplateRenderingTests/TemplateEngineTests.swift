import Testing

@testable import TemplateRendering

/// The Mustache rules the renderer implements, each on a small template.
@Suite("Template engine")
struct TemplateEngineTests {
    struct Item: TemplateContext {
        var name: String
        var tags: [String] = []
    }

    struct Root: TemplateContext {
        var title = "T"
        var items: [Item] = []
        var flag = true
        var missing: String? = nil
        var body = "if a < b && c > d"
        var partialName = "row"
        var nested: Item? = nil

        func encodeComputedMembers(to encoder: any Encoder) throws {
            var members = encoder.container(keyedBy: TemplateKey.self)
            try members.encode(items.count, forKey: "itemCount")
            try members.encode("computed", forKey: "title")
        }
    }

    static func render(_ templates: [String: String], _ root: Root = Root(), template: String = "main") throws -> String
    {
        let bytes = try TemplateEngine(templates: templates).render(template, context: root)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("sections over lists, flags, absent values and objects; inverted sections")
    func sections() throws {
        let root = Root(items: [Item(name: "a"), Item(name: "b")], nested: Item(name: "n"))
        let text =
            "{{#items}}{{name}}{{^last()}},{{/last()}}{{/items}}|"
            + "{{#flag}}F{{/flag}}{{^flag}}no{{/flag}}|{{#missing}}M{{/missing}}{{^missing}}none{{/missing}}|"
            + "{{#nested}}{{name}}-{{itemCount}}{{/nested}}|{{^items}}empty{{/items}}"
        #expect(try Self.render(["main": text], root) == "a,b|F|none|n-2|")
        #expect(try Self.render(["main": "{{^items}}empty{{/items}}{{^nested}}none{{/nested}}"]) == "emptynone")
    }

    @Test("a standalone tag takes its whole line; an inline one leaves the line")
    func standaloneLines() throws {
        let text = "{{%CONTENT_TYPE:TEXT}}\n  {{#flag}}  \nx\n  {{/flag}}\n{{! a comment }}\ny {{#flag}}z{{/flag}}\n"
        #expect(try Self.render(["main": text]) == "x\ny z\n")
    }

    @Test("a standalone partial indents each line it writes; an inline one does not")
    func partialIndentation() throws {
        let templates = ["main": "{\n    {{> row}}\n} {{> row}}", "row": "a\nb\n"]
        #expect(try Self.render(templates) == "{\n    a\n    b\n} a\nb\n")
    }

    @Test("a dynamic partial is the template its value names")
    func dynamicPartial() throws {
        #expect(try Self.render(["main": "[{{>*partialName}}]", "row": "R"]) == "[R]")
    }

    @Test("values are written as they are, in double and triple braces alike")
    func noEscaping() throws {
        #expect(
            try Self.render(["main": "{{body}}|{{{body}}}|{{& body}}"]) == "if a < b && c > d|if a < b && c > d|"
                + "if a < b && c > d")
    }

    @Test("names are looked for outwards; dotted names go inwards; computed members replace stored ones")
    func names() throws {
        let root = Root(items: [Item(name: "a", tags: ["x", "y"])], nested: Item(name: "n"))
        let text =
            "{{#items}}{{title}}{{.name}}{{#tags}}{{.}}{{/tags}}{{/items}}"
            + "{{nested.name}}{{itemCount}}{{#empty(items)}}E{{/empty(items)}}{{^empty(title)}}t{{/empty(title)}}"
        #expect(try Self.render(["main": text], root) == "computedaxyn1t")
    }

    @Test("an absent member does not hide the enclosing contexts' member of that name")
    func absentLooksOutwards() throws {
        struct Inner: TemplateContext { var title: String? }
        struct Outer: TemplateContext {
            var title = "outer"
            var inner = Inner(title: nil)
        }
        let bytes = try TemplateEngine(templates: ["main": "{{#inner}}[{{title}}]{{/inner}}"])
            .render("main", context: Outer())
        #expect(String(decoding: bytes, as: UTF8.self) == "[outer]")
    }

    @Test(
        "a name no context has is an error naming the template, the line and the name",
        arguments: [
            (["main": "line one\n{{#items}}\n{{nmae}}\n{{/items}}"], "main", 3, "\"nmae\""),
            (["main": "{{> part}}", "part": "\n\n{{#flga}}x{{/flga}}"], "part", 3, "\"flga\""),
            (["main": "{{nested.nmae}}"], "main", 1, "\"nmae\""),
            (["main": "{{#empty(itmes)}}{{/empty(itmes)}}"], "main", 1, "\"itmes\""),
            (["main": "x\n{{> nope}}"], "main", 2, "\"nope\""),
            (["main": "{{items}}"], "main", 1, "names a list"),
        ])
    func unknownName(templates: [String: String], template: String, line: Int, name: String) throws {
        let engine = try TemplateEngine(templates: templates)
        let error = #expect(throws: TemplateError.self) {
            try engine.render("main", context: Root(items: [Item(name: "a")], nested: Item(name: "n")))
        }
        #expect(error?.template == template)
        #expect(error?.line == line)
        #expect(error?.message.contains(name) == true, "\(String(describing: error))")
    }

    @Test("every stored member is known, nil ones as absent, whatever their type")
    func encoding() throws {
        struct Numbers: TemplateContext {
            var count = 3
            var ratio: Double? = nil
            var names: [String?] = ["a", nil]
        }
        guard case .object(let object) = try TemplateValue(encoding: Numbers()) else {
            Issue.record("not an object")
            return
        }
        #expect(object.names == ["count", "ratio", "names"])
        guard case .text("3") = object.member(named: "count"), case .absent = object.member(named: "ratio"),
            case .list(let names) = object.member(named: "names"), case .absent = names[1]
        else {
            Issue.record("\(object.names)")
            return
        }
        #expect(object.member(named: "other") == nil)
    }

    @Test(
        "a template that does not parse names its line",
        arguments: [
            ("{{#a}}\n{{/b}}", "line 2"), ("x\n{{#a}}", "is not closed"), ("{{=<% %>=}}", "not supported"),
            ("{{nope(a)}}", "no transform nope"), ("{{count(a)}}", "no transform count"), ("{{a", "not closed by }}"),
            ("{{%FOO:BAR}}", "unknown pragma"), ("{{%CONTENT_TYPE:HTML}}", "never HTML-escaped"),
            ("{{empty(empty(a))}}", "once"),
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
