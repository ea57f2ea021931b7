/// Turns documentation text into `///` comment lines that no input can break out of.
///
/// Every kind of line break starts a new comment line; control characters are dropped; long lines
/// wrap at spaces (or anywhere, for text without spaces such as Chinese) to keep within `width`.
public enum DocComment {
    /// The comment's lines, without the `/// ` prefix.
    public static func lines(_ text: String, width: Int = 96) -> [String] {
        var result: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let clean = String(rawLine.unicodeScalars.filter { $0.properties.generalCategory != .control })
                .trimmingTrailingSpaces()
            result += wrap(clean, width: width)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    private static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let indent = String(line.prefix(while: { $0 == " " }))
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = indent
                }
                let room = max(width - current.count, 1)
                lines.append(current + word.prefix(room))
                current = indent
                word = word.dropFirst(room)
            }
            if current.trimmingTrailingSpaces().isEmpty {
                current = (lines.isEmpty ? "" : indent) + word
            } else if current.count + 1 + word.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current += " " + word
            }
        }
        if !current.trimmingTrailingSpaces().isEmpty { lines.append(current) }
        return lines.map { $0.trimmingTrailingSpaces() }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
