/// What a value must satisfy.
///
/// Encoded flat, with a `kind` key: `{"kind": "length", "min": 2, "max": 128}`.
public enum ConstraintRule: Sendable, Equatable, Hashable {
    /// The parameter must be sent.
    case required
    /// String length in characters, inclusive bounds.
    case length(min: Int?, max: Int?)
    /// Numeric value, inclusive bounds written as decimals.
    case range(min: String?, max: String?)
    /// Number of array elements, inclusive bounds.
    case count(min: Int?, max: Int?)
    /// The value must be one of these.
    case allowedValues([String])
    /// The first character must belong to one of these classes.
    case firstCharacter([CharacterClass])
    /// The value must not start with any of these (compared case-sensitively, as documented).
    case forbiddenPrefixes([String])
    /// The value must not contain any of these.
    case forbiddenSubstrings([String])
    /// Every character must belong to one of the classes or be one of the listed characters.
    case allowedCharacters(classes: [CharacterClass], characters: String)
    /// The value must match this regular expression (api-docs `pattern`).
    case pattern(String)

    /// The rule's name, as encoded in `kind`.
    public var kind: String {
        switch self {
        case .required: "required"
        case .length: "length"
        case .range: "range"
        case .count: "count"
        case .allowedValues: "allowedValues"
        case .firstCharacter: "firstCharacter"
        case .forbiddenPrefixes: "forbiddenPrefixes"
        case .forbiddenSubstrings: "forbiddenSubstrings"
        case .allowedCharacters: "allowedCharacters"
        case .pattern: "pattern"
        }
    }
}

/// A named class of characters that documentation refers to.
public enum CharacterClass: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// ASCII letters, upper or lower case.
    case letter
    /// ASCII upper-case letters.
    case uppercaseLetter
    /// ASCII lower-case letters.
    case lowercaseLetter
    /// ASCII digits.
    case digit
    /// Any Unicode letter (general category L), which includes Chinese and other scripts.
    case unicodeLetter
    /// CJK ideographs (中文).
    case chinese
    /// Any printable ASCII character.
    case ascii
}
