import Foundation
import SpecIR
import Testing

@testable import SpecReaders

/// Every kind of bad input is a located error, never a crash.
@Suite("Bad input")
struct BadInputTests {
    func error(reading bytes: [UInt8], name: String) throws -> Diagnostic {
        let path = try TemporaryFile.write(bytes, name: name)
        do {
            _ = try SpecReader.read(path: path)
        } catch {
            #expect(error.diagnostic.location.file == path)
            return error.diagnostic
        }
        Issue.record("reading \(name) should have failed")
        return Diagnostic(.error, "", at: SourceLocation(file: "", line: 0))
    }

    func error(reading text: String, name: String) throws -> Diagnostic {
        try error(reading: Array(text.utf8), name: name)
    }

    @Test("a missing file")
    func missingFile() {
        #expect(throws: DiagnosticError("no such file", at: SourceLocation(file: "/no/such/spec.json", line: 0))) {
            try SpecReader.read(path: "/no/such/spec.json")
        }
    }

    @Test("an empty file, and one holding only white space")
    func empty() throws {
        #expect(try error(reading: "", name: "empty.json").message == "the file is empty")
        #expect(try error(reading: " \n\n", name: "blank.html").message == "the file is empty")
    }

    @Test("invalid UTF-8 names the line of the bad byte")
    func invalidUTF8() throws {
        let bytes = Array("{\n\"a\":\n\"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        let diagnostic = try error(reading: bytes, name: "bad.json")
        #expect(diagnostic.message == "invalid UTF-8 at byte offset 8")
        #expect(diagnostic.location.line == 3)
        let overlong = try error(reading: Array("<p>".utf8) + [0xE0, 0x80, 0x80], name: "bad.html")
        #expect(overlong.message == "invalid UTF-8 at byte offset 3")
    }

    @Test("neither HTML nor JSON")
    func unknownFormat() throws {
        let diagnostic = try error(reading: "name: value\n", name: "spec.yaml")
        #expect(diagnostic.message == "not an HTML documentation page or an api-docs JSON file")
        #expect(diagnostic.location.line == 1)
    }

    @Test("JSON that is not api-docs, or not JSON at all")
    func notAPIDocs() throws {
        #expect(
            try error(reading: "{\"a\": 1}", name: "a.json").message
                == "not an api-docs file: it has no \"apis\" object")
        let syntax = try error(reading: "{\n  \"apis\": {,}\n}", name: "b.json")
        #expect(syntax.message == "invalid JSON: expected a quoted member name")
        #expect(syntax.location.line == 2)
        #expect(syntax.location.column == 12)
    }

    @Test("a page without a request-parameter table")
    func noParameterTable() throws {
        let page = HTMLPageBuilder.page(body: "<h2>返回参数</h2><table><tr><th>名称</th><th>类型</th></tr></table>")
        let diagnostic = try error(reading: page, name: "page.html")
        #expect(
            diagnostic.message
                == "no request-parameter table: expected a table after a heading 请求参数 or Request parameters")
    }

    @Test("a row with too few cells")
    func shortRow() throws {
        let page = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable("<tr><td>A</td><td>string</td><td>否</td></tr>"))
        let diagnostic = try error(reading: page, name: "page.html")
        #expect(diagnostic.message == "a row of the request-parameter table has 3 cells, the header has 5")
        let rowLine = page.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("<td>A</td>") }.map { $0 + 1 }
        #expect(diagnostic.location.line == rowLine)
    }

    @Test("a table without the columns it needs")
    func missingColumn() throws {
        let page = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable("<tr><td>A</td></tr>", header: "<th>名称</th>"))
        #expect(
            try error(reading: page, name: "page.html").message.hasPrefix(
                "the request-parameter table has no type column"))
    }

    @Test("an unknown type, in HTML and in JSON")
    func unknownType() throws {
        let page = HTMLPageBuilder.page(
            body: HTMLPageBuilder.requestTable("<tr><td>A</td><td>strnig</td><td>否</td><td></td><td></td></tr>"))
        #expect(try error(reading: page, name: "page.html").message == "unknown type \"strnig\" of \"A\"")
        let json = """
            {"info": {"product": "Ecs", "version": "1"},
             "apis": {"Op": {"parameters": [{"name": "A", "schema": {"type": "strnig"}}]}}}
            """
        let diagnostic = try error(reading: json, name: "api.json")
        #expect(diagnostic.message == "unknown type \"strnig\" of \"A\"")
        #expect(diagnostic.location.line == 2)
    }

    @Test("wrong JSON shapes are errors, not crashes")
    func shapes() throws {
        let cases = [
            (
                "{\"info\": {\"product\": \"Ecs\", \"version\": \"1\"}, \"apis\": []}",
                "apis must be an object, found an array"
            ),
            ("{\"info\": {\"version\": \"1\"}, \"apis\": {}}", "info.product is missing"),
            (
                "{\"info\": {\"product\": \"Ecs\", \"version\": \"1\"}, \"apis\": {\"Op\": {\"parameters\": [{\"name\": \"A\"}]}}}",
                "parameter \"A\" has no \"schema\""
            ),
            (
                "{\"info\": {\"product\": \"Ecs\", \"version\": \"1\"}, \"apis\": {\"Op\": {\"parameters\": {}}}}",
                "Op.parameters must be an array, found an object"
            ),
        ]
        for (json, message) in cases {
            #expect(try error(reading: json, name: "api.json").message == message)
        }
    }

    @Test("operation and product names must be identifiers: they become paths and type names")
    func unsafeNames() throws {
        let escape = try error(
            reading:
                "{\"info\": {\"product\": \"Ecs\", \"version\": \"1\"}, \"apis\": {\"../../x\": {\"parameters\": []}}}",
            name: "api.json")
        #expect(escape.message == "operation name \"../../x\" is not an identifier (letters, digits and _)")
        let injected = try error(
            reading: "{\"info\": {\"product\": \"E\\\") }; func x() {\", \"version\": \"1\"}, \"apis\": {}}",
            name: "api.json")
        #expect(injected.message.hasSuffix("is not a product code (letters, digits, _ and -)"))
    }

    @Test("a page that is only text in angle brackets still gives a located error")
    func garbageHTML() throws {
        #expect(try error(reading: "<<<>>>", name: "x.html").message.hasPrefix("no request-parameter table"))
        #expect(try error(reading: [0x3C] + Array(repeating: 0x00, count: 16), name: "nul.html").message != "")
    }
}
