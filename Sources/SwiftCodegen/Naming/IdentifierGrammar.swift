/// Swift's identifier grammar: the one source of truth for what a generated identifier may contain.
///
/// The ranges are those of the compiler's lexer (swift-syntax's `isValidIdentifierStartCodePoint` and
/// `isValidIdentifierContinuationCodePoint`, after N1518), which The Swift Programming Language's "Lexical
/// Structure" lists as `identifier-head` and `identifier-character`; where the two differ the lexer wins
/// (it refuses U+FFF9–U+FFFD, which the book's `U+FE47–U+FFFD` admits). ASCII is `A`–`Z`, `a`–`z`, `_` and,
/// after the head, `0`–`9`; `$` is left out, as the compiler reserves names starting with it.
///
/// Generated code uses a stricter set, ``isWanted(_:)``: invisible format characters (general category Cf:
/// zero-width joiner and non-joiner, bidirectional controls, soft hyphen, word joiner, byte order mark, tags)
/// are valid Swift but would make two names that print alike differ, so they are dropped.
public enum IdentifierGrammar {
    /// The non-ASCII scalars allowed anywhere in an identifier (`identifier-character`), sorted.
    private static let characterRanges: [ClosedRange<UInt32>] = [
        0x00A8...0x00A8, 0x00AA...0x00AA, 0x00AD...0x00AD, 0x00AF...0x00AF, 0x00B2...0x00B5, 0x00B7...0x00BA,
        0x00BC...0x00BE, 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x00FF, 0x0100...0x167F, 0x1681...0x180D,
        0x180F...0x1FFF, 0x200B...0x200D, 0x202A...0x202E, 0x203F...0x2040, 0x2054...0x2054, 0x2060...0x206F,
        0x2070...0x218F, 0x2460...0x24FF, 0x2776...0x2793, 0x2C00...0x2DFF, 0x2E80...0x2FFF, 0x3004...0x3007,
        0x3021...0x302F, 0x3031...0x303F, 0x3040...0xD7FF, 0xF900...0xFD3D, 0xFD40...0xFDCF, 0xFDF0...0xFE44,
        0xFE47...0xFFF8, 0x10000...0x1FFFD, 0x20000...0x2FFFD, 0x30000...0x3FFFD, 0x40000...0x4FFFD,
        0x50000...0x5FFFD, 0x60000...0x6FFFD, 0x70000...0x7FFFD, 0x80000...0x8FFFD, 0x90000...0x9FFFD,
        0xA0000...0xAFFFD, 0xB0000...0xBFFFD, 0xC0000...0xCFFFD, 0xD0000...0xDFFFD, 0xE0000...0xEFFFD,
    ]

    /// The combining marks allowed inside an identifier but not at its start.
    private static let notHeadRanges: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
    ]

    /// Whether the scalar may follow the first one of an identifier (`identifier-character`).
    public static func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
                || value == 0x5F
        }
        return contains(characterRanges, value)
    }

    /// Whether the scalar may start an identifier (`identifier-head`): not a digit, not a combining mark.
    public static func isHead(_ scalar: Unicode.Scalar) -> Bool {
        guard isCharacter(scalar) else { return false }
        return !(0x30...0x39).contains(scalar.value) && !contains(notHeadRanges, scalar.value)
    }

    /// Whether generated identifiers may carry the scalar: the grammar's characters without the invisible
    /// format characters (general category Cf).
    public static func isWanted(_ scalar: Unicode.Scalar) -> Bool {
        isCharacter(scalar) && (scalar.isASCII || scalar.properties.generalCategory != .format)
    }

    /// Whether `text` is an identifier generated code may write where a name is declared: a non-empty run of
    /// ``isWanted(_:)`` scalars starting with an ``isHead(_:)`` one that is not a keyword, or a keyword between
    /// backquotes. Keywords that backquotes do not rescue everywhere (`self`, `Self`, `init`, `_`, …) are
    /// refused bare and quoted.
    public static func isIdentifier(_ text: String) -> Bool {
        let quoted = text.hasPrefix("`") && text.hasSuffix("`") && text.count > 2
        let bare = quoted ? text.dropFirst().dropLast() : Substring(text)
        guard let first = bare.unicodeScalars.first, isHead(first), bare.unicodeScalars.allSatisfy(isWanted) else {
            return false
        }
        let name = String(bare)
        if SwiftIdentifier.unescapable.contains(name) { return false }
        return quoted == SwiftIdentifier.keywords.contains(name)
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < ranges.count && ranges[low].contains(value)
    }
}
