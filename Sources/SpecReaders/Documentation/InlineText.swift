/// Whitespace folding shared by every description source.
enum InlineText {
    /// Folds runs of white space (including non-breaking and ideographic spaces) into one space and trims.
    ///
    /// A character is white space when its first scalar is (`Character.isWhitespace`). Walking characters
    /// means finding grapheme boundaries, which is most of the cost, so the text is walked by scalars and
    /// copied in runs instead; that gives the same string whenever every white-space scalar is a character
    /// of its own, which holds when its neighbours are ASCII, white space, or CJK and Latin letters and
    /// punctuation (none of those extends a character or prepends to one). Text where a white-space scalar
    /// has another neighbour (a combining mark after a space, say) is walked by characters.
    static func fold(_ text: some StringProtocol) -> String {
        foldedByScalars(text) ?? foldedByCharacters(text)
    }

    /// The fold walking characters: the definition.
    static func foldedByCharacters(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace {
                    result.append(" ")
                    pendingSpace = false
                }
                result.append(character)
            }
        }
        return result
    }

    /// The fold walking scalars, or nil when a white-space scalar has a neighbour that might join it into a
    /// larger character.
    static func foldedByScalars(_ text: some StringProtocol) -> String? {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let scalars = text.unicodeScalars
        var runStart: String.Index?
        var previous: Unicode.Scalar?
        var previousIsWhitespace = false
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if isWhitespace(scalar) {
                if let previous, !previousIsWhitespace, !standsAlone(previous) { return nil }
                if let start = runStart {
                    result.append(contentsOf: text[start..<index])
                    runStart = nil
                }
                pendingSpace = !result.isEmpty
                previousIsWhitespace = true
            } else {
                if previousIsWhitespace, !standsAlone(scalar) { return nil }
                if runStart == nil {
                    if pendingSpace {
                        result.append(" ")
                        pendingSpace = false
                    }
                    runStart = index
                }
                previousIsWhitespace = false
            }
            previous = scalar
            index = scalars.index(after: index)
        }
        if let start = runStart { result.append(contentsOf: text[start..<scalars.endIndex]) }
        return result
    }

    /// Unicode's White_Space property (`Unicode.Scalar.Properties.isWhitespace`), without a table look-up.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// Scalars that never extend the character before them (Grapheme_Cluster_Break Extend, SpacingMark, ZWJ)
    /// nor join the one after them (Prepend): ASCII, Latin letters, general punctuation, CJK punctuation,
    /// kana, ideographs and full-width forms. The list is short on purpose; what is not in it takes the
    /// character walk.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0xA1...0xAC, 0xAE...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x3001...0x3029,
            0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
            true
        default:
            false
        }
    }
}
