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
        for (from, to) in replacements where text.contains(from) {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return InlineText.fold(text)
    }
}
