import SwiftSourceText

/// One sentence of a description, as the rule finder sees it.
struct RuleSentence: Equatable {
    /// What part of the description the sentence is.
    enum Role: Equatable {
        /// Running text, a note or a plain list item.
        case statement
        /// The head of an allowed-value item (`BIOS：BIOS启动模式。`).
        case valueItem
        /// Text that applies only in one case: an item labelled by a case (`cloud_essd：…`), the
        /// rest of a value item, or anything nested under such an item.
        case caseSpecific
        /// The last sentence of a paragraph that a list follows, ending in a colon (取值范围：).
        case listHeader
    }

    var text: String
    var role: Role
    /// For a list header, the whole paragraph it ends (the header alone may be just 「取值范围：」).
    var paragraph: String?
    var normalised: String { RuleText.normalise(text) }
}

/// Splits description blocks into sentences and tells which of them state rules for every value.
enum RuleSentences {
    static func split(_ blocks: [DocBlock]) -> [RuleSentence] {
        var sentences: [RuleSentence] = []
        var index = 0
        var previousParagraph = ""
        while index < blocks.count {
            switch blocks[index] {
            case .paragraph(let text), .note(let text):
                var parts = Self.sentences(of: text).map { RuleSentence(text: $0, role: .statement) }
                let listFollows =
                    index + 1 < blocks.count && { if case .listItem = blocks[index + 1] { true } else { false } }()
                if listFollows, let last = parts.last?.text, last.hasSuffix("：") || last.hasSuffix(":") {
                    parts[parts.count - 1].role = .listHeader
                    parts[parts.count - 1].paragraph = text
                }
                sentences += parts
                if case .paragraph = blocks[index] { previousParagraph = text }
                index += 1
            case .listItem:
                var items: [(text: String, depth: Int)] = []
                while index < blocks.count, case .listItem(let text, let depth) = blocks[index] {
                    items.append((text, depth))
                    index += 1
                }
                sentences += listSentences(items, after: previousParagraph)
                previousParagraph = ""
            }
        }
        return sentences
    }

    private static let labelled = RulePattern(#"^[^：:，。,]{1,40}[：:]"#)
    private static let numberRange = RulePattern(#"\d\s*(?:~|～|至)\s*\d"#)

    private static func listSentences(_ items: [(text: String, depth: Int)], after header: String) -> [RuleSentence] {
        let topLevel = items.filter { $0.depth == 0 }
        let isValueList =
            AllowedValueExtractor.introducesValues(header)
            && topLevel.allSatisfy { AllowedValueExtractor.parseItem($0.text) != nil && !numberRange.matches($0.text) }
        var result: [RuleSentence] = []
        var underCase = false
        for item in items {
            let parts = sentences(of: item.text)
            if item.depth == 0 {
                underCase = isValueList || labelled.matches(RuleText.normalise(item.text))
                for (offset, sentence) in parts.enumerated() {
                    let role: RuleSentence.Role =
                        isValueList
                        ? (offset == 0 ? .valueItem : .caseSpecific) : (underCase ? .caseSpecific : .statement)
                    result.append(RuleSentence(text: sentence, role: role))
                }
            } else {
                result += parts.map { RuleSentence(text: $0, role: underCase ? .caseSpecific : .statement) }
            }
        }
        return result
    }

    /// Sentences end at 。；; and, in English, at a period followed by a space and a capital or digit.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        // Each sentence is a slice of the text, from just after the last break to just after this one.
        var start = text.startIndex
        var index = text.startIndex
        while index != text.endIndex {
            let character = text[index]
            let after = text.index(after: index)
            // Compared as `==` compares them, without normalising every character (``asciiEquivalent``).
            var ends =
                character.isOnly("。") || character.isOnly("；") || character.asciiEquivalent == UInt8(ascii: ";")
            if !ends, character.asciiEquivalent == UInt8(ascii: "."), after != text.endIndex,
                text[after].asciiEquivalent == UInt8(ascii: " ")
            {
                let afterNext = text.index(after: after)
                ends = afterNext != text.endIndex && (text[afterNext].isUppercase || text[afterNext].isNumber)
            }
            if ends {
                appendTrimmed(text[start..<after], to: &sentences)
                start = after
            }
            index = after
        }
        appendTrimmed(text[start..<text.endIndex], to: &sentences)
        return sentences
    }

    private static func appendTrimmed(_ sentence: Substring, to sentences: inout [String]) {
        let trimmed = InlineText.fold(sentence)
        if !trimmed.isEmpty { sentences.append(trimmed) }
    }
}
