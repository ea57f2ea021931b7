import AliyunRuntime
import Foundation
import Testing

@Suite("JSON text parsed into a JSONValue")
struct JSONParserTests {
    /// Documents both readers accept: the parser must make what `JSONDecoder` makes of them.
    static let documents = [
        #"{"a":1,"b":-2,"c":1.5,"d":-0.25e2,"e":true,"f":false,"g":null,"h":"x","i":[],"j":{}}"#,
        #" [ 1 , [ 2 , [ 3 ] ] , { "k" : [ ] } ] "#,
        #""caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t""#,
        #""café 😀 中文""#,
        #"9223372036854775807"#, #"-9223372036854775808"#, #"9223372036854775808"#, #"0"#, #"-0"#, #"2.0"#,
        #"1e3"#, #"-1.5e1"#, #"2.5"#, #"[1,]"#, #"{"a":1,}"#,
        #"{"dup":1,"dup":2}"#,
        "\t\n\r {\"spaced\" :\n 1 }\n",
    ]

    /// Including what `JSONDecoder` allows beyond RFC 8259 (a trailing comma), keeps (the first of a key given twice)
    /// and makes of integral numbers written with a fraction or exponent (integers).
    @Test("valid JSON is read as JSONDecoder reads it into a JSONValue", arguments: documents)
    func agreesWithJSONDecoder(_ text: String) throws {
        let parsed = try JSONParser.parse(Array(text.utf8))
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(parsed == decoded)
    }

    /// Texts that are not JSON: each is refused, with where reading stopped.
    static let malformed = [
        "", " ", "{", "[,]", "[1,,]", "{,}", "{\"a\" 1}", "1e400", "{a:1}", "[1 2]", "01", "1.", ".5", "-", "1e", "+1",
        "tru",
        "nul", "\"open", "\"bad \\x escape\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00 low first\"", "\"tab\there\"",
        "[1] [2]", "{\"a\":1}}", "NaN", "Infinity",
    ]

    @Test("text that is not JSON is refused, as JSONDecoder refuses it", arguments: malformed)
    func refusesMalformed(_ text: String) {
        #expect(throws: JSONParsingError.self) { try JSONParser.parse(Array(text.utf8)) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }
    }

    @Test("bytes that are not UTF-8 inside a string are refused")
    func refusesInvalidUTF8() {
        let bytes: [UInt8] = [UInt8(ascii: "\""), 0xC3, 0x28, UInt8(ascii: "\"")]
        #expect(throws: JSONParsingError.self) { try JSONParser.parse(bytes) }
        let escaped: [UInt8] = Array(#""a\n"#.utf8) + [0xFF, UInt8(ascii: "\"")]
        #expect(throws: JSONParsingError.self) { try JSONParser.parse(escaped) }
    }

    @Test("nesting deeper than the limit is refused, not followed down the stack")
    func boundedDepth() throws {
        let allowed = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: 512)
        _ = try JSONParser.parse(Array(allowed.utf8))
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParsingError.self) { try JSONParser.parse(Array(deep.utf8)) }
        let deepObjects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(throws: JSONParsingError.self) { try JSONParser.parse(Array(deepObjects.utf8)) }
    }

    @Test("the error names the byte where the text stops being JSON")
    func errorOffset() {
        #expect(throws: JSONParsingError(offset: 7, reason: "expected ',' or '}'")) {
            try JSONParser.parse(Array(#"{"a":1 "b":2}"#.utf8))
        }
    }

    @Test("JSONText writes through JSONWriter as before: sorted keys, only quotes, backslashes and controls escaped")
    func writerMatchesText() throws {
        let value = try JSONParser.parse(Array(#"{"b":[1,2.5,"x/y"],"a":{"é":"\u0001\n"},"c":null}"#.utf8))
        #expect(JSONText.serialize(value) == #"{"a":{"é":"\u0001\n"},"b":[1,2.5,"x/y"],"c":null}"#)
        var writer = JSONWriter()
        writer.beginArray()
        writer.integer(1)
        writer.beginObject()
        writer.key("k")
        writer.number(.infinity)
        writer.key("l")
        writer.bool(false)
        writer.endObject()
        writer.null()
        writer.endArray()
        #expect(writer.text == #"[1,{"k":null,"l":false},null]"#)
    }
}
