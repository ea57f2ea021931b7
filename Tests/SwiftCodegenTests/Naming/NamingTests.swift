import SwiftCodegen
import SwiftSourceText
import Testing

@Suite("Naming and escaping")
struct NamingTests {
    @Test(
        "properties and cases",
        arguments: [
            ("ImageName", "imageName"), ("Features.NvmeSupport", "featuresNvmeSupport"),
            ("UEFI-Preferred", "uefiPreferred"),
            ("BIOS", "bios"), ("v1", "v1"), ("RequestId", "requestId"), ("1stPlace", "_1stPlace"), ("60", "_60"),
            ("a.b-c", "aBC"), ("default", "`default`"), ("self", "self_"), ("Type", "type"), ("init", "init_"),
            ("true", "`true`"), ("Big data", "bigData"), ("", "__"), ("*", "__"),
        ])
    func lowerCamel(wire: String, swift: String) {
        #expect(SwiftIdentifier.lowerCamel(wire) == swift)
    }

    @Test(
        "types",
        arguments: [
            ("Features", "Features"), ("tag", "Tag"), ("disk-mapping.item", "DiskMappingItem"), ("Self", "Self_"),
        ])
    func upperCamel(wire: String, swift: String) {
        #expect(SwiftIdentifier.upperCamel(wire) == swift)
    }

    @Test("collisions resolve in source order")
    func collisions() {
        var names = NameAllocator(reserved: ["validate"])
        #expect(names.allocate("key") == "key")
        #expect(names.allocate("key") == "key2")
        #expect(names.allocate("key") == "key3")
        #expect(names.allocate("validate") == "validate2")
        #expect(names.allocate("`default`") == "`default`")
        #expect(names.allocate("`default`") == "default2")
    }

    @Test(
        "string literals escape everything that could end them",
        arguments: [
            ("plain", "\"plain\""), ("a\"b", "\"a\\\"b\""), ("back\\slash", "\"back\\\\slash\""),
            ("\\(x)", "\"\\\\(x)\""),
            ("\"\"\"", "\"\\\"\\\"\\\"\""), ("line\nbreak\r", "\"line\\nbreak\\r\""),
            ("#\"raw\"#", "\"#\\\"raw\\\"#\""),
            ("\u{2028}", "\"\\u{2028}\""), ("中文", "\"中文\""),
        ])
    func literals(text: String, literal: String) {
        #expect(SwiftLiteral.string(text) == literal)
    }

    @Test("long literals split into pieces that join back to the text")
    func wrapped() {
        let text = String(repeating: "长度为2~128个字符。", count: 12)
        let wrapped = SwiftLiteral.wrappedString(text, width: 40, indent: "    ")
        #expect(wrapped.hasPrefix("\"\"\"\n    ") && wrapped.hasSuffix("\n    \"\"\""))
        let lines = wrapped.split(separator: "\n").dropFirst().dropLast()
        #expect(lines.count == 4 && lines.allSatisfy { $0.hasPrefix("    ") && $0.count <= 4 + 40 + 1 })
        let content = lines.map { $0.dropFirst(4) }.joined(separator: "\n")
        #expect(content.replacingOccurrences(of: "\\\n", with: "") == text)
        // Quotes, backslashes and line breaks stay escaped inside the multi-line literal.
        let tricky = SwiftLiteral.wrappedString(
            String(repeating: "a \"b\" \\( c\"\"\"\n", count: 8), width: 30, indent: "")
        #expect(!tricky.dropFirst(4).dropLast(4).contains("\"\"\"") && tricky.contains(#"\"b\""#))
    }

    @Test("doc comments: every line break starts a new comment line; nothing escapes")
    func docComments() {
        let lines = DocComment.lines("first\nsecond\r\nthird\u{2028}fourth */ \u{7}bell", width: 80)
        #expect(lines == ["first", "second", "third", "fourth */ bell"])
        let wrapped = DocComment.lines(String(repeating: "word ", count: 40), width: 30)
        #expect(wrapped.allSatisfy { $0.count <= 30 })
        let chinese = DocComment.lines(String(repeating: "中", count: 70), width: 30)
        #expect(chinese.map(\.count) == [30, 30, 10])
        // A full line followed by a word longer than a line.
        let edge = DocComment.lines(
            String(repeating: "a", count: 96) + " " + String(repeating: "b", count: 100), width: 96)
        #expect(edge.map(\.count) == [96, 96, 4])
        let note = DocComment.lines("> " + String(repeating: "注", count: 50), width: 20)
        #expect(note.allSatisfy { $0.hasPrefix("> ") && $0.count <= 20 })
    }
}
