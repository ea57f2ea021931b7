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
        var output = ""
        write(value, to: &output)
        return output
    }

    private static func write(_ value: JSONValue, to output: inout String) {
        // An explicit stack keeps deeply nested values from overflowing the call stack.
        enum Step {
            case value(JSONValue)
            case text(String)
        }
        var steps: [Step] = [.value(value)]
        while let step = steps.popLast() {
            switch step {
            case .text(let text):
                output += text
            case .value(let value):
                switch value {
                case .null: output += "null"
                case .bool(let flag): output += flag ? "true" : "false"
                case .integer(let number): output += String(number)
                case .number(let number): output += numberText(number)
                case .string(let text): writeString(text, to: &output)
                case .array(let elements):
                    output += "["
                    steps.append(.text("]"))
                    for (index, element) in elements.enumerated().reversed() {
                        steps.append(.value(element))
                        if index > 0 { steps.append(.text(",")) }
                    }
                case .object(let members):
                    output += "{"
                    steps.append(.text("}"))
                    let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
                    for (index, key) in keys.enumerated().reversed() {
                        steps.append(.value(members[key] ?? .null))
                        var prefix = ""
                        writeString(key, to: &prefix)
                        steps.append(.text((index > 0 ? "," : "") + prefix + ":"))
                    }
                }
            }
        }
    }

    /// Python's `repr` of a float for the values JSON can carry: integral values keep `.0`. (A `Double`
    /// member that passed through ``JSONValue/init(encoding:)`` with an integral value is an integer by
    /// then, written without `.0`, where the Python SDK writes `2.0`; both parse as the same number.)
    private static func numberText(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        return String(number)
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case let control where control.value < 0x20:
                let digits = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
