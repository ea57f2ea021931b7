import SpecIR

/// Decides, once, whether a documented rule is checked on a value of a Swift type, and how: what the generated
/// rule tables render and what a server working from the IR checks.
enum CheckPlanner {
    /// Whether a rule can be checked on a value of a type.
    enum Applicability: Equatable {
        case checked
        /// The Swift type already guarantees it (a required number is a non-optional `Int`).
        case enforcedByType
        /// The rule cannot be checked on the type; the reason says why.
        case notApplicable(String)
    }

    static func applicability(_ rule: ConstraintRule, type: SwiftType) -> Applicability {
        let isText = type.isText
        switch rule {
        case .required:
            return isText || type.isList ? .checked : .enforcedByType
        case .length, .firstCharacter, .allowedCharacters, .forbiddenPrefixes, .forbiddenSubstrings, .pattern:
            return isText ? .checked : .notApplicable("a \(rule.kind) rule does not apply to \(describe(type))")
        case .range(let min, let max):
            guard isText || [.int, .int64, .double].contains(type) else {
                return .notApplicable("a range does not apply to \(describe(type))")
            }
            for bound in [min, max].compactMap({ $0 }) where !(Double(bound)?.isFinite ?? false) {
                return .notApplicable("the bound \"\(bound)\" is not a finite number")
            }
            return .checked
        case .count:
            return type.isList ? .checked : .notApplicable("a count does not apply to \(describe(type))")
        case .allowedValues:
            return type.isScalar ? .checked : .notApplicable("a set of values does not apply to \(describe(type))")
        }
    }

    /// The check of a rule that can be checked on a value of `type`, or nil.
    ///
    /// - Parameters:
    ///   - constraint: The documented rule, with its sentence, error code and trust.
    ///   - type: The type of the value the rule is checked on (a member, or a list's element).
    /// - Returns: The check, or nil when the rule is not checked on the type.
    static func check(_ constraint: Constraint, type: SwiftType) -> PlannedCheck? {
        let rule = constraint.rule
        guard applicability(rule, type: type) == .checked else { return nil }
        let kind: PlannedCheck.Kind
        switch rule {
        case .required:
            kind = .present
        case .length(let min, let max):
            kind = .length(min: min, max: max)
        case .range(let min, let max):
            if type == .int || type == .int64, [min, max].allSatisfy({ $0 == nil || Int64($0 ?? "") != nil }) {
                kind = .integerRange(min: min.flatMap { Int64($0) }, max: max.flatMap { Int64($0) })
            } else {
                kind = .numberRange(min: bound(min), max: bound(max))
            }
        case .count(let min, let max):
            kind = .count(min: min, max: max)
        case .allowedValues(let values) where type.isOpenEnum:
            // The enum itself: its undocumented case is the caller's explicit choice of a newer value.
            kind = .documentedValue(values)
        case .allowedValues(let values):
            kind = .allowedValues(values)
        case .firstCharacter(let classes):
            kind = .firstCharacter(classes)
        case .allowedCharacters(let classes, let characters):
            kind = .allowedCharacters(classes: classes, characters: characters)
        case .forbiddenPrefixes(let prefixes):
            kind = .forbiddenPrefixes(prefixes)
        case .forbiddenSubstrings(let substrings):
            kind = .forbiddenSubstrings(substrings)
        case .pattern(let pattern):
            kind = .pattern(pattern)
        }
        return PlannedCheck(
            kind: kind, documentation: constraint.provenance.text, errorCode: constraint.errorCode.code,
            trust: constraint.trust)
    }

    static func describe(_ type: SwiftType) -> String {
        switch type {
        case .string: "a string"
        case .int, .int64: "an integer"
        case .double: "a number"
        case .bool: "a boolean"
        case .json: "a free-form JSON value"
        case .openEnum: "a value of documented choices"
        case .structure: "an object"
        case .list: "a list"
        case .map: "a map of names to values"
        }
    }

    /// A finite bound, with its literal: an integer as written when a `Double` holds it exactly, anything else in
    /// Swift's shortest form (Swift warns about an integer literal it rounds: `9223372036854775807` is written
    /// `9.223372036854776e+18`).
    private static func bound(_ value: String?) -> PlannedCheck.Bound? {
        guard let value, let number = Double(value), number.isFinite else { return nil }
        if let integer = Int64(value), Double(exactly: integer) != nil {
            return PlannedCheck.Bound(value: number, literal: value)
        }
        return PlannedCheck.Bound(value: number, literal: String(number))
    }
}
