/// An api-docs document whose parameters' descriptions are one text.
public enum ProseDocument {
    /// The document's bytes, with the text (as UTF-8, repaired) in every description.
    public static func wrapping(_ bytes: [UInt8]) -> [UInt8] {
        let text = jsonString(String(decoding: bytes, as: UTF8.self))
        let document = """
            {"version": "1.0", "info": {"style": "RPC", "product": "Fuzz", "version": "2020-01-01"},
             "apis": {"Op": {"parameters": [
               {"name": "Text", "in": "query", "schema": {"type": "string", "description": \(text), "example": "a1"}},
               {"name": "Number", "in": "query", "schema": {"type": "integer", "format": "int64", "description": \(text)}},
               {"name": "List", "in": "query", "style": "repeatList",
                "schema": {"type": "array", "description": \(text), "items": {"type": "string"}}}
             ], "responses": {"200": {"schema": {"type": "object", "properties": {}}}}}}}
            """
        return Array(document.utf8)
    }

    /// A JSON string literal of the text.
    static func jsonString(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    literal += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal + "\""
    }
}
