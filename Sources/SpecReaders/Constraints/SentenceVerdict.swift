import SpecIR

/// What the constraint finder made of one description sentence that reads like a rule.
public struct SentenceVerdict: Sendable, Equatable {
    /// The outcome.
    public enum Outcome: Sendable, Equatable {
        /// Turned into constraints of these kinds.
        case constraint([String])
        /// Gave the field's default value.
        case defaultValue
        /// Is an item of a list of allowed values.
        case allowedValue
        /// Recognised as not a rule for every value; the reason names the family.
        case prose(String)
        /// Not recognised.
        case unrecognised

        /// Whether the sentence was understood, as a constraint or as prose.
        public var isRecognised: Bool { self != .unrecognised }

        /// Whether the sentence became part of the field's structured facts.
        public var isConverted: Bool {
            switch self {
            case .constraint, .defaultValue, .allowedValue: true
            case .prose, .unrecognised: false
            }
        }
    }

    /// The operation.
    public var operation: String
    /// The field's dotted path (`Features.ImdsSupport`, `Tag.Key`).
    public var field: String
    /// The sentence, verbatim.
    public var sentence: String
    /// Where the field is documented.
    public var location: SourceLocation
    /// What came of it.
    public var outcome: Outcome
}
