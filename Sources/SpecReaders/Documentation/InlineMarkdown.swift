/// Renders Markdown inline markup as plain text: links keep their text, emphasis markers go,
/// code spans keep their backquotes, backslash escapes are resolved, and white space is folded.
enum InlineMarkdown {
    static func render(_ text: some StringProtocol) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "\\":
                let next = text.index(after: index)
                if next < text.endIndex, text[next].isMarkdownPunctuation {
                    output.append(text[next])
                    index = text.index(after: next)
                    continue
                }
                output.append(character)
            case "`":
                if let close = text[text.index(after: index)...].firstIndex(of: "`") {
                    output += text[index...close]
                    index = text.index(after: close)
                    continue
                }
                output.append(character)
            case "*", "_":
                let runEnd = text[index...].firstIndex(where: { $0 != character }) ?? text.endIndex
                if !isEmphasisRun(text, at: index) { output += text[index..<runEnd] }
                index = runEnd
                continue
            case "[", "!":
                let bracket = character == "!" ? text.index(after: index) : index
                if let (label, end) = link(in: text, at: bracket) {
                    output += render(label)
                    index = end
                    continue
                }
                output.append(character)
            default:
                output.append(character)
            }
            index = text.index(after: index)
        }
        return InlineText.fold(output)
    }

    /// `**`, `__` and single `*` used as emphasis; a lone `*` between spaces or in `****` masks is kept.
    private static func isEmphasisRun(_ text: some StringProtocol, at index: String.Index) -> Bool {
        let marker = text[index]
        let runEnd = text[index...].firstIndex(where: { $0 != marker }) ?? text.endIndex
        let runLength = text.distance(from: index, to: runEnd)
        guard runLength == 2 else { return false }
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let after = runEnd < text.endIndex ? text[runEnd] : " "
        // Masked example values such as `m-bp1****` are runs of four; a pair glued to text on
        // both sides inside a word (`a__b`) is not emphasis for underscores.
        if marker == "_" && before.isLetter && after.isLetter { return false }
        return !(before.isWhitespace && after.isWhitespace)
    }

    /// `[label](target)` starting at `index`; returns the label and the index after `)`.
    private static func link(
        in text: some StringProtocol, at index: String.Index
    ) -> (Substring, String.Index)? {
        guard index < text.endIndex, text[index] == "[" else { return nil }
        var depth = 0
        var cursor = index
        while cursor < text.endIndex {
            let character = text[cursor]
            if character == "[" { depth += 1 }
            if character == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            cursor = text.index(after: cursor)
        }
        guard cursor < text.endIndex else { return nil }
        let labelRange = text.index(after: index)..<cursor
        let open = text.index(after: cursor)
        guard open < text.endIndex, text[open] == "(",
            let close = text[open...].firstIndex(of: ")")
        else { return nil }
        return (Substring(text[labelRange]), text.index(after: close))
    }
}

extension Character {
    fileprivate var isMarkdownPunctuation: Bool {
        isASCII && (isPunctuation || isSymbol)
    }
}
