/// The character classes documentation refers to, as validation checks them.
public enum ValidationCharacterClass: String, Sendable, Hashable, CaseIterable {
    /// ASCII letters.
    case letter
    /// ASCII upper-case letters.
    case uppercaseLetter
    /// ASCII lower-case letters.
    case lowercaseLetter
    /// ASCII digits.
    case digit
    /// CJK ideographs.
    case chinese
    /// Any Unicode letter.
    case unicodeLetter
    /// Any ASCII character.
    case ascii

    /// Whether the scalar belongs to the class.
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .letter: ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        case .uppercaseLetter: ("A"..."Z").contains(scalar)
        case .lowercaseLetter: ("a"..."z").contains(scalar)
        case .digit: ("0"..."9").contains(scalar)
        case .chinese: scalar.properties.isIdeographic
        case .ascii: scalar.isASCII
        case .unicodeLetter:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
            default: false
            }
        }
    }

    /// How messages name the class.
    public var phrase: String {
        switch self {
        case .letter: "a letter"
        case .uppercaseLetter: "an upper-case letter"
        case .lowercaseLetter: "a lower-case letter"
        case .digit: "a digit"
        case .chinese: "a Chinese character"
        case .unicodeLetter: "a letter of any script"
        case .ascii: "an ASCII character"
        }
    }
}
