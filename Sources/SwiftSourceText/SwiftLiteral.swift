/// Writes Swift string literals that say exactly what the input says.
public enum SwiftLiteral {
    /// A `"…"` literal: backslash, quote and every control, line-breaking or bidirectional-control
    /// character escaped, so no input (`"""`, `\(`, `#`, newlines, U+202E) can end the literal, interpolate,
    /// or make the source display differently from what it says.
    public static func string(_ text: String) -> String {
        guard UTF8Scan.containsSpecial(text.utf8, lineSeparators: true, quotes: true) else {
            return "\"" + text + "\""
        }
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case "\0": literal += "\\0"
            default:
                if scalar.properties.generalCategory == .control || scalar.value == 0x2028 || scalar.value == 0x2029
                    || scalar.value == 0x85 || BidirectionalControls.contains(scalar)
                {
                    literal += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal + "\""
    }

    /// A literal of at most `width` characters per line: a `"…"` literal when the text fits, else a multi-line
    /// `"""` literal whose lines end in a line continuation (`\`), so it joins back to exactly `text` and the
    /// compiler reads one literal (a chain of `+` between pieces costs type-checking time in proportion to
    /// its length). Lines end after a space where there is one.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - width: The most characters of text per line.
    ///   - indent: The indentation of the content lines and of the closing `"""`: the indentation of the
    ///     line the literal starts on, plus four when it follows an argument label.
    /// - Returns: The literal, which may span lines.
    public static func wrappedString(_ text: String, width: Int, indent: String) -> String {
        guard text.count > width else { return string(text) }
        var pieces: [String] = []
        var rest = Substring(text)
        while rest.count > width {
            let window = rest.prefix(width)
            let cut = window.lastIndex(of: " ").map { rest.index(after: $0) } ?? window.endIndex
            pieces.append(String(rest[..<cut]))
            rest = rest[cut...]
        }
        if !rest.isEmpty { pieces.append(String(rest)) }
        let lines = pieces.map { indent + string($0).dropFirst().dropLast() }
        return "\"\"\"\n" + lines.joined(separator: "\\\n") + "\n" + indent + "\"\"\""
    }
}
