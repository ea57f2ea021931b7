import Testing

@testable import SpecReaders

@Suite("JSON parser")
struct JSONParserTests {
    func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONNode {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test("keeps member order and records lines and byte columns")
    func positions() throws {
        let node = try parse("{\n  \"b\": 1,\n  \"a\": [true, null],\n  \"c\": {\"x\": \"y\"}\n}")
        let members = try #require(node.members)
        #expect(members.map(\.key) == ["b", "a", "c"])
        #expect(members.map(\.position.line) == [2, 3, 4])
        #expect(members.map(\.position.column) == [3, 3, 3])
        #expect(node["c"]?["x"]?.position == TextPosition(line: 4, column: 14))
        #expect(node["a"]?.elements?.count == 2)
    }

    @Test("numbers are kept as written")
    func numbers() throws {
        let node = try parse("[0, -1.50, 1e3, 12345678901234567890]")
        #expect(node.elements?.compactMap(\.text) == ["0", "-1.50", "1e3", "12345678901234567890"])
    }

    @Test("string escapes, including surrogate pairs")
    func escapes() throws {
        let node = try parse(#"["a\"b\\c\/d\n\t", "\u4e2d\u6587", "\ud83d\ude00", "é"]"#)
        #expect(node.elements?.compactMap(\.text) == ["a\"b\\c/d\n\t", "中文", "😀", "é"])
    }

    @Test(
        "syntax errors name the line and column",
        arguments: [
            ("{\n\"a\": }", "unexpected character '}'", 2, 6),
            ("{\"a\" 1}", "expected ':' after member name \"a\"", 1, 6),
            ("[1, 2", "unterminated array", 1, 6),
            ("{\"a\": \"b}", "unterminated string", 1, 10),
            ("[\"\\x\"]", "invalid escape '\\x'", 1, 5),
            ("[\"\\ud800\"]", "unpaired surrogate in \\u escape", 1, 9),
            ("[tru]", "invalid literal, expected 'true'", 1, 2),
            ("{} {}", "unexpected content after the JSON value", 1, 4),
            ("[01]", "invalid number: leading zero", 1, 2),
            ("[1.]", "invalid number", 1, 4),
        ])
    func errors(text: String, message: String, line: Int, column: Int) {
        #expect(throws: JSONParser.SyntaxError(message: message, position: TextPosition(line: line, column: column))) {
            try parse(text)
        }
    }

    @Test("deep nesting is rejected instead of exhausting the stack")
    func depth() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try parse(deep) }
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect((try? parse(fine)) != nil)
    }
}
