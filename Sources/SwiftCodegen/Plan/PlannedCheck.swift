import SpecIR

/// One documented rule as the generated validators check it: what is checked, the rule's sentence, the code a
/// server answers when it is broken, and its trust class. Decided once by ``CheckPlanner``; the generated rule
/// tables render it (`ValidationCheck.…`), and servers that work from the IR at run time check it the same way.
public struct PlannedCheck: Sendable, Hashable {
    /// A numeric bound: its value, and the literal the generated code writes for it.
    public struct Bound: Sendable, Hashable {
        /// The bound.
        public var value: Double
        /// How generated code spells it (`100`, `0.5`, `9.223372036854776e+18`).
        public var literal: String
    }

    /// What is checked: the cases of the runtime's `ValidationCheck`.
    public enum Kind: Sendable, Hashable {
        /// Present: text or a list that is not empty.
        case present
        /// A length in characters.
        case length(min: Int?, max: Int?)
        /// An integer range with integer bounds.
        case integerRange(min: Int64?, max: Int64?)
        /// A numeric range: a number, or text that must parse as one.
        case numberRange(min: Bound?, max: Bound?)
        /// A number of list elements.
        case count(min: Int?, max: Int?)
        /// One of the documented values.
        case allowedValues([String])
        /// For an open enum: one of the documented values, or the caller's explicit choice of another.
        case documentedValue([String])
        /// The first character in one of the classes.
        case firstCharacter([CharacterClass])
        /// Every character in one of the classes or among the characters.
        case allowedCharacters(classes: [CharacterClass], characters: String)
        /// Not starting with any of the prefixes.
        case forbiddenPrefixes([String])
        /// Not containing any of the substrings.
        case forbiddenSubstrings([String])
        /// Matching the documented pattern.
        case pattern(String)

        /// Whether the check is on a list as a whole (its count, or that it is not empty) rather than a scalar.
        public var appliesToCount: Bool {
            switch self {
            case .present, .count: true
            default: false
            }
        }
    }

    /// What is checked.
    public var kind: Kind
    /// The documentation's sentence, verbatim.
    public var documentation: String
    /// The documented error code a server answers, if one applies.
    public var errorCode: String?
    /// Whether the rule can go stale.
    public var trust: ConstraintTrust
}
