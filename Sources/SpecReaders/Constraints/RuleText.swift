/// Puts a sentence into the one spelling the rule patterns are written for.
///
/// Backquotes and `**` go; `～`/`〜` become `~` and `–`/`—` become `-`; ASCII parentheses become
/// full-width; an escaped underscore loses its backslash; runs of white space fold to one space.
enum RuleText {
    private static let replacements = [
        ("`", ""), ("**", ""), ("～", "~"), ("〜", "~"), ("–", "-"), ("—", "-"), ("(", "（"), (")", "）"),
        ("\\_", "_"),
    ]

    static func normalise(_ sentence: String) -> String {
        var text = sentence
        // A byte search first (Foundation's `contains` was a tenth of a corpus run). It matches the bytes
        // written here only: Foundation also took U+1FEF (GREEK VARIA), canonically equivalent to the
        // backquote, for one; no description of the corpus holds it, and it is a Greek accent, not Markdown.
        for (from, to) in replacements where text.containsText(from) {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return InlineText.fold(text)
    }
}
