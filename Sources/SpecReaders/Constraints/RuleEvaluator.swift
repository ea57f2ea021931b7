import Foundation
import PatternMatching
import SpecIR

/// Checks a documented value (an example) against a rule, to catch rules the documentation itself breaks.
enum RuleEvaluator {
    /// False when `value` breaks `rule`; true when it satisfies it or the rule cannot judge a single value.
    static func accepts(_ rule: ConstraintRule, value: String) -> Bool {
        broken(rule, values: [value]).isEmpty
    }

    /// The values that break `rule`, in order; a pattern is compiled once for all of them.
    static func broken(_ rule: ConstraintRule, values: [String]) -> [String] {
        if case .pattern(let pattern) = rule {
            // As the runtime checks it: a match anywhere, by the same matcher; a pattern it does not run judges nothing.
            guard let expression = try? LinearPattern(pattern) else { return [] }
            return values.filter { !expression.matches(in: $0) }
        }
        return values.filter { !satisfies(rule, value: $0) }
    }

    private static func satisfies(_ rule: ConstraintRule, value: String) -> Bool {
        switch rule {
        case .required, .count, .pattern:
            return true
        case .length(let min, let max):
            let length = value.count
            return length >= (min ?? 0) && length <= (max ?? Int.max)
        case .range(let min, let max):
            guard let number = Double(value) else { return false }
            return (min.flatMap(Double.init).map { number >= $0 } ?? true)
                && (max.flatMap(Double.init).map { number <= $0 } ?? true)
        case .allowedValues(let values):
            return values.contains(value)
        case .firstCharacter(let classes):
            guard let first = value.unicodeScalars.first else { return true }
            return classes.contains { $0.contains(first) }
        case .forbiddenPrefixes(let prefixes):
            return !prefixes.contains { value.hasPrefix($0) }
        case .forbiddenSubstrings(let substrings):
            return !substrings.contains { value.contains($0) }
        case .allowedCharacters(let classes, let characters):
            let extra = Set(characters.unicodeScalars)
            return value.unicodeScalars.allSatisfy { scalar in
                extra.contains(scalar) || classes.contains { $0.contains(scalar) }
            }
        }
    }
}

extension CharacterClass {
    /// Whether the class holds the scalar.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .letter: ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        case .uppercaseLetter: ("A"..."Z").contains(scalar)
        case .lowercaseLetter: ("a"..."z").contains(scalar)
        case .digit: ("0"..."9").contains(scalar)
        case .unicodeLetter:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
            default: false
            }
        case .chinese: scalar.properties.isIdeographic
        case .ascii: scalar.isASCII
        }
    }
}
