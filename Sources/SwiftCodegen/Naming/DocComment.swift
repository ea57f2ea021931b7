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

    /// Wraps at spaces; a word longer than the room left fills the line and goes on the next.
    /// Continuation lines keep a note's `> ` and a list item's indentation.
    private static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let leading = String(line.prefix(while: { $0 == " " }))
        let rest = line.dropFirst(leading.count)
        let indent = rest.hasPrefix("> ") ? leading + "> " : rest.hasPrefix("- ") ? leading + "  " : leading
        let room = max(width, indent.count + 8)
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let separator = current.isEmpty || current == indent ? "" : " "
            if current.count + separator.count + word.count <= room {
                current += separator + word
                continue
            }
            if indent.count + word.count <= room {
                lines.append(current)
                current = indent + word
                continue
            }
            var remaining = Substring(word)
            var filling = current + separator
            if filling.count >= room {
                lines.append(current)
                filling = indent
            }
            while filling.count + remaining.count > room {
                let take = room - filling.count
                lines.append(filling + remaining.prefix(take))
                filling = indent
                remaining = remaining.dropFirst(take)
            }
            current = filling + remaining
        }
        if !current.isEmpty, current != indent { lines.append(current) }
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
