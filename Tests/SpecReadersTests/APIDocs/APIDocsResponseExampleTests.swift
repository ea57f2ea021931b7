import SpecIR
import Testing

@testable import SpecReaders

@Suite("api-docs responseDemo: the JSON example of a successful answer")
struct APIDocsResponseExampleTests {
    private func read(responseDemo: String) throws -> (example: String?, warnings: [String]) {
        let demo = String(decoding: try JSONEncoderLiteral.quote(responseDemo), as: UTF8.self)
        let spec = """
            {"info": {"style": "RPC", "product": "Ecs", "version": "2014-05-26"},
             "apis": {"Op": {"methods": ["post"], "parameters": [], "responseDemo": \(demo)}}}
            """
        let result = try SpecReader.read(bytes: Array(spec.utf8), path: "demo.json")
        return (result.service.operations.first?.response.example, result.diagnostics.map(\.message))
    }

    @Test("the json entry's example is kept verbatim; the xml one is not used")
    func kept() throws {
        let read = try read(
            responseDemo: #"[{"type":"xml","example":"<R/>"},{"type":"json","example":"{\n  \"RequestId\": \"R\"\n}"}]"#
        )
        #expect(read.example == "{\n  \"RequestId\": \"R\"\n}")
        #expect(read.warnings.isEmpty)
    }

    @Test("a responseDemo that is not a JSON array, or a JSON example that is not an object: dropped with a warning")
    func dropped() throws {
        let notArray = try read(responseDemo: "not json")
        #expect(notArray.example == nil)
        #expect(notArray.warnings == ["Op.responseDemo is not a JSON array; it is ignored"])
        let notObject = try read(responseDemo: #"[{"type":"json","example":"[1, 2"}]"#)
        #expect(notObject.example == nil)
        #expect(notObject.warnings == ["Op.responseDemo's JSON example is not a JSON object; it is ignored"])
        #expect(try read(responseDemo: "").example == nil)
    }
}

/// A JSON string literal of a text, for building specs in tests.
enum JSONEncoderLiteral {
    static func quote(_ text: String) throws -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += Array("\\\"".utf8)
            case "\\": out += Array("\\\\".utf8)
            case "\n": out += Array("\\n".utf8)
            default: out += Array(String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }
}
