import SwiftSourceText

/// Renders Markdown inline markup as plain text: links keep their text, emphasis markers go,
/// code spans keep their backquotes, backslash escapes are resolved, and white space is folded.
///
/// One pass over the text, with no recursion: brackets are matched and the next `)` after each
/// position found once, up front, so that a description of 300 KB of `[` or of nested links costs
/// linear time and constant stack.
enum InlineMarkdown {
    /// The bytes of the characters the loop below treats specially: `\`, `` ` ``, `*`, `_`, `[` and `!`.
    private static func isMarkupByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "!"):
            true
        default: false
        }
    }

    static func render(_ text: some StringProtocol) -> String {
        // Text without any of the characters that start markup renders as itself, folded; most does.
        guard text.utf8.contains(where: isMarkupByte) else { return InlineText.fold(text) }
        let characters = Array(text)
        let closingBracket = matchingBrackets(characters)
        let nextParenthesis = nextClosingParentheses(characters)
        var output = ""
        output.reserveCapacity(text.utf8.count)
        // Where each open link's label ends, innermost last, where its target ends, and where its text
        // began in the output: on reaching the label's `]`, the label's trailing white space goes (a
        // label reads trimmed, `[Name ](…)` as `Name`) and the loop jumps past the `)`.
        var labels: [(labelEnd: Int, targetEnd: Int, outputStart: Int)] = []
        var index = 0
        while index < characters.count {
            if let label = labels.last, index == label.labelEnd {
                labels.removeLast()
                while output.utf8.count > label.outputStart, output.last?.isWhitespace == true { output.removeLast() }
                index = label.targetEnd
                continue
            }
            let character = characters[index]
            let bound = labels.last?.labelEnd ?? characters.count
            // Compared as `==` compares characters, without normalising each (``Character/asciiEquivalent``).
            let ascii = character.asciiEquivalent
            switch ascii {
            case UInt8(ascii: "\\"):
                if index + 1 < bound, characters[index + 1].isMarkdownPunctuation {
                    output.append(characters[index + 1])
                    index += 2
                    continue
                }
                output.append(character)
            case UInt8(ascii: "`"):
                if let close = characters[(index + 1)..<bound].firstIndex(where: { $0.asciiEquivalent == ascii }) {
                    output += String(characters[index...close])
                    index = close + 1
                    continue
                }
                output.append(character)
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                var runEnd = index
                while runEnd < bound, characters[runEnd].asciiEquivalent == ascii { runEnd += 1 }
                if !isEmphasisRun(characters, from: index, to: runEnd, bound: bound) {
                    output += String(characters[index..<runEnd])
                }
                index = runEnd
                continue
            case UInt8(ascii: "["), UInt8(ascii: "!"):
                let bracket = ascii == UInt8(ascii: "!") ? index + 1 : index
                if bracket < bound, characters[bracket].asciiEquivalent == UInt8(ascii: "["),
                    let close = closingBracket[bracket], close < bound, close + 1 < bound,
                    characters[close + 1].asciiEquivalent == UInt8(ascii: "("),
                    let parenthesis = nextParenthesis[close + 1],
                    parenthesis < bound
                {
                    labels.append((labelEnd: close, targetEnd: parenthesis + 1, outputStart: output.utf8.count))
                    index = bracket + 1
                    while index < close, characters[index].isWhitespace { index += 1 }
                    continue
                }
                output.append(character)
            default:
                output.append(character)
            }
            index += 1
        }
        return InlineText.fold(output)
    }

    /// For each `[`, the index of its matching `]` (brackets nest); nil when it has none.
    private static func matchingBrackets(_ characters: [Character]) -> [Int: Int] {
        var open: [Int] = []
        var matches: [Int: Int] = [:]
        for (index, character) in characters.enumerated() {
            let ascii = character.asciiEquivalent
            if ascii == UInt8(ascii: "[") {
                open.append(index)
            } else if ascii == UInt8(ascii: "]"), let start = open.popLast() {
                matches[start] = index
            }
        }
        return matches
    }

    /// For each index, the first `)` at or after it.
    private static func nextClosingParentheses(_ characters: [Character]) -> [Int?] {
        var next: [Int?] = Array(repeating: nil, count: characters.count + 1)
        var index = characters.count - 1
        while index >= 0 {
            next[index] = characters[index].asciiEquivalent == UInt8(ascii: ")") ? index : next[index + 1]
            index -= 1
        }
        return next
    }

    /// `**`, `__` and single `*` used as emphasis; a lone `*` between spaces or in `****` masks is kept.
    private static func isEmphasisRun(_ characters: [Character], from start: Int, to runEnd: Int, bound: Int) -> Bool {
        let marker = characters[start]
        guard runEnd - start == 2 else { return false }
        let before = start > 0 ? characters[start - 1] : " "
        let after = runEnd < bound ? characters[runEnd] : " "
        // Masked example values such as `m-bp1****` are runs of four; a pair glued to text on
        // both sides inside a word (`a__b`) is not emphasis for underscores.
        if marker.asciiEquivalent == UInt8(ascii: "_") && before.isLetter && after.isLetter { return false }
        return !(before.isWhitespace && after.isWhitespace)
    }
}

extension Character {
    fileprivate var isMarkdownPunctuation: Bool {
        isASCII && (isPunctuation || isSymbol)
    }
}
