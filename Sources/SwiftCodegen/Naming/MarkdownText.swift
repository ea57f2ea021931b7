import SwiftSourceText

/// Writes spec text into Markdown so that it reads as exactly that text: no input can open a heading, a
/// list, a link, emphasis or a table cell, or end the line it is on.
enum MarkdownText {
    /// Plain inline text on one line: every line break and tab becomes a space, control characters go, and
    /// each character that means something inside a line (code, emphasis, links, HTML, entities, table
    /// cells, a heading's closing `#`) is backslash-escaped. Characters that matter only at the start of a
    /// line (`-`, `+`, `1.`, `=`) cannot start one here.
    static func text(_ text: String) -> String {
        var result = ""
        for character in oneLine(text) {
            if inlineSyntax.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static let inlineSyntax: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "!", "&", "|", "~", "#",
    ]

    /// Code voice: a backtick run longer than any inside the text, with spaces inside it when the text
    /// starts or ends with a backtick; `|` is escaped so a table cell cannot end early (GFM reads that
    /// escape even in code). Empty text is one space in code voice.
    static func code(_ text: String) -> String {
        let line = oneLine(text).replacing("|", with: "\\|")
        guard !line.isEmpty else { return "` `" }
        var longest = 0
        var run = 0
        for character in line {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = line.hasPrefix("`") || line.hasSuffix("`") ? " " : ""
        return fence + padding + line + padding + fence
    }

    /// The text on one line: line breaks and tabs as spaces, control characters dropped, bidirectional
    /// controls spelled out (`\u{202E}`).
    private static func oneLine(_ text: String) -> String {
        var result = ""
        for character in BidirectionalControls.spelledOut(text) {
            if character.isNewline || character == "\t" {
                result.append(" ")
            } else if !character.unicodeScalars.allSatisfy(ControlCharacters.contains) {
                result.append(character)
            }
        }
        return result
    }
}
