/// Serialises a ``JSONValue`` byte for byte as the official Python SDK serialises a request body
/// (`json.dumps(value, ensure_ascii=False, separators=(",", ":"))`): no spaces, object keys in
/// ascending code-point order, non-ASCII characters as they are, `/` unescaped, and only `"`, `\`
/// and control characters escaped (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00xx`).
///
/// Keys are sorted because the official SDKs add a body's members in the alphabetical order of
/// their names, and because output must not depend on dictionary order.
public enum JSONText {
    /// The compact JSON text of `value`.
    public static func serialize(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        write(value, to: &writer)
        return writer.text
    }

    /// Writes `value`, object keys in ascending code-point order.
    public static func write(_ value: JSONValue, to writer: inout JSONWriter) {
        // An explicit stack keeps deeply nested values from overflowing the call stack.
        enum Step {
            case value(JSONValue)
            case key(String)
            case endObject
            case endArray
        }
        var steps: [Step] = [.value(value)]
        while let step = steps.popLast() {
            switch step {
            case .key(let key): writer.key(key)
            case .endObject: writer.endObject()
            case .endArray: writer.endArray()
            case .value(let value):
                switch value {
                case .null: writer.null()
                case .bool(let flag): writer.bool(flag)
                case .integer(let number): writer.integer(number)
                case .number(let number): writer.number(number)
                case .string(let text): writer.string(text)
                case .array(let elements):
                    writer.beginArray()
                    steps.append(.endArray)
                    for element in elements.reversed() { steps.append(.value(element)) }
                case .object(let members):
                    writer.beginObject()
                    steps.append(.endObject)
                    let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
                    for key in keys.reversed() {
                        steps.append(.value(members[key] ?? .null))
                        steps.append(.key(key))
                    }
                }
            }
        }
    }
}
