import SpecIR

/// The rules the generated code checks on one value: a field's enforced constraints that apply to its Swift
/// type, each kind combined into the one rule they amount to together.
///
/// Left out: `required` (a change of it is ``SpecChange/Kind/parameterMadeRequired`` or
/// ``SpecChange/Kind/parameterMadeOptional``), rules not enforced (the generated code does not check them), rules
/// that cannot apply to the value's type (the generator skips them), and an open enum's documented values (its
/// cases, compared as ``SpecChange/Kind/enumValueAdded`` and ``SpecChange/Kind/enumValueRemoved``).
struct RuleSet: Sendable, Equatable {
    /// Inclusive bounds, written as decimals.
    struct Bounds: Sendable, Equatable {
        var min: String?
        var max: String?
    }

    /// The characters a value may consist of.
    struct CharacterRule: Sendable, Equatable {
        var classes: [CharacterClass]
        var characters: String
    }

    /// The bounded quantities, in report order.
    enum Measure: String, Sendable, CaseIterable {
        case length
        case count
        case value

        /// The quantity, in words.
        var words: String {
            switch self {
            case .length: "length"
            case .count: "number of elements"
            case .value: "value"
            }
        }
    }

    var bounds: [Measure: Bounds] = [:]
    var allowedValues: [String]?
    var firstCharacter: [CharacterClass]?
    var allowedCharacters: CharacterRule?
    var forbiddenPrefixes: [String] = []
    var forbiddenSubstrings: [String] = []
    var patterns: [String] = []

    /// The rules checked on a value of this shape.
    init(_ resolved: ResolvedField) {
        let shape = resolved.shape
        for constraint in resolved.field.constraints where constraint.enforced {
            switch constraint.rule {
            case .required:
                continue
            case .length(let min, let max) where shape.isText:
                narrow(.length, min: min.map(String.init), max: max.map(String.init))
            case .count(let min, let max) where shape.isList:
                narrow(.count, min: min.map(String.init), max: max.map(String.init))
            case .range(let min, let max) where shape.isText || shape.isNumber:
                narrow(.value, min: min, max: max)
            case .allowedValues(let values) where shape.isScalar:
                if case .openEnum = shape { continue }
                allowedValues = allowedValues.map { kept in kept.filter(values.contains) } ?? values
            case .firstCharacter(let classes) where shape.isText:
                firstCharacter = firstCharacter.map { kept in kept.filter(classes.contains) } ?? classes
            case .allowedCharacters(let classes, let characters) where shape.isText:
                allowedCharacters = allowedCharacters ?? CharacterRule(classes: classes, characters: characters)
            case .forbiddenPrefixes(let prefixes) where shape.isText:
                forbiddenPrefixes.appendNew(prefixes)
            case .forbiddenSubstrings(let substrings) where shape.isText:
                forbiddenSubstrings.appendNew(substrings)
            case .pattern(let pattern) where shape.isText:
                patterns.appendNew([pattern])
            default:
                continue
            }
        }
    }

    /// Adds bounds to a measure's: the larger minimum and the smaller maximum hold together.
    private mutating func narrow(_ measure: Measure, min: String?, max: String?) {
        let kept = bounds[measure] ?? Bounds()
        bounds[measure] = Bounds(
            min: Self.pick(kept.min, min, larger: true), max: Self.pick(kept.max, max, larger: false))
    }

    private static func pick(_ first: String?, _ second: String?, larger: Bool) -> String? {
        guard let first else { return second }
        guard let second else { return first }
        guard let one = Double(first), let other = Double(second) else { return first }
        return (other > one) == larger ? second : first
    }
}

extension Array where Element: Equatable {
    /// Appends the elements not already present, in order.
    mutating func appendNew(_ elements: [Element]) {
        for element in elements where !contains(element) { append(element) }
    }
}
