import SwiftSourceText

/// Turns documentation text into `///` comment lines that no input can break out of.
///
/// Every kind of line break starts a new comment line; control characters are dropped; bidirectional
/// controls (U+202E, …) are spelled out as `\u{202E}`, so a comment reads as it is; long lines
/// wrap at spaces (or anywhere, for text without spaces such as Chinese) to keep within `width`.
public enum DocComment {
    /// The comment's lines, without the `/// ` prefix.
    public static func lines(_ text: String, width: Int = 96) -> [String] {
        var result: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let clean = BidirectionalControls.spelledOut(ControlCharacters.removed(from: rawLine))
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
        let indentCount = indent.count
        let room = max(width, indentCount + 8)
        var lines: [String] = []
        // The line being filled and its length in characters, kept alongside so that nothing is counted twice.
        var current = ""
        var currentCount = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let wordCount = word.count
            let separatorCount = current.isEmpty || current == indent ? 0 : 1
            if currentCount + separatorCount + wordCount <= room {
                if separatorCount == 1 { current += " " }
                current += word
                currentCount += separatorCount + wordCount
                continue
            }
            if indentCount + wordCount <= room {
                lines.append(current)
                current = indent + word
                currentCount = indentCount + wordCount
                continue
            }
            var remaining = Substring(word)
            var remainingCount = wordCount
            var filling = current + (separatorCount == 1 ? " " : "")
            var fillingCount = currentCount + separatorCount
            if fillingCount >= room {
                lines.append(current)
                filling = indent
                fillingCount = indentCount
            }
            while fillingCount + remainingCount > room {
                let take = room - fillingCount
                lines.append(filling + remaining.prefix(take))
                filling = indent
                fillingCount = indentCount
                remaining = remaining.dropFirst(take)
                remainingCount -= take
            }
            current = filling + remaining
            currentCount = fillingCount + remainingCount
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
