import Foundation
import SpecIR
import Testing

@Suite("IR values and their JSON form")
struct IRJSONTests {
    static let field = Field(
        name: "Tag", type: .array, style: .repeatList, required: true,
        item: Field(
            name: "", type: .object,
            children: [Field(name: "Key", type: .string, source: SourceLocation(file: "a", line: 3))],
            source: SourceLocation(file: "a", line: 2)),
        source: SourceLocation(file: "a", line: 1, column: 7))

    @Test("keys are sorted, absent optionals omitted, items encoded inline")
    func shape() throws {
        let json = String(decoding: try IRJSON.encode(Self.field), as: UTF8.self)
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(!json.contains("example"))
        #expect(json.contains("\"item\" : {"))
        #expect(json.contains("\"column\" : 7"))
        #expect(json.hasSuffix("}\n"))
    }

    @Test("decoding the JSON gives the same value back")
    func roundTrip() throws {
        let data = try IRJSON.encode(Self.field)
        #expect(try JSONDecoder().decode(Field.self, from: data) == Self.field)
    }

    @Test("locations print as compilers do")
    func locations() {
        #expect(SourceLocation(file: "p.html", line: 4).description == "p.html:4")
        #expect(SourceLocation(file: "p.json", line: 1, column: 99).description == "p.json:1:99")
        let diagnostic = Diagnostic(.warning, "careful", at: SourceLocation(file: "p.json", line: 2))
        #expect(diagnostic.description == "p.json:2: warning: careful")
        #expect(DiagnosticError("bad", at: SourceLocation(file: "p", line: 1)).description == "p:1: error: bad")
    }

    @Test("Indirect stores a value of the containing type")
    func indirect() {
        var box = Indirect(Field(name: "a", type: .string, source: SourceLocation(file: "", line: 0)))
        box.value.name = "b"
        #expect(box.value.name == "b")
    }
}
