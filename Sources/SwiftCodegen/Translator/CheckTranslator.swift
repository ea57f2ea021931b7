import SpecIR
import SwiftSourceText

/// Turns one documented rule into the data of a `validator.check…` call, or says why it cannot be.
enum CheckTranslator {
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

    /// The table entry of a rule that can be checked on a value of `type`, or nil.
    ///
    /// - Parameters:
    ///   - constraint: The documented rule, with its sentence, error code and trust.
    ///   - type: The type of the value the rule is checked on (a member, or a list's element).
    /// - Returns: The check's view model: the `ValidationCheck` function, its arguments and its rule.
    static func check(_ constraint: Constraint, type: SwiftType) -> CheckViewModel? {
        let rule = constraint.rule
        guard applicability(rule, type: type) == .checked else { return nil }
        typealias Argument = CheckViewModel.Argument
        func plain(_ value: String, _ label: String? = nil) -> Argument { Argument(label: label, value: value) }
        func list(_ elements: [String]) -> Argument {
            Argument(
                list: ListLiteralViewModel(elements.map(SwiftLiteral.string), indent: argumentIndent, declaration: ","))
        }
        let method: String
        let arguments: [Argument]
        switch rule {
        case .required:
            (method, arguments) = ("present", [])
        case .length(let min, let max):
            (method, arguments) = ("length", [plain(integer(min), "min"), plain(integer(max), "max")])
        case .range(let min, let max):
            if type == .int || type == .int64, [min, max].allSatisfy({ $0 == nil || Int64($0 ?? "") != nil }) {
                (method, arguments) = ("integerRange", [plain(min ?? "nil", "min"), plain(max ?? "nil", "max")])
            } else {
                (method, arguments) = ("numberRange", [plain(decimal(min), "min"), plain(decimal(max), "max")])
            }
        case .count(let min, let max):
            (method, arguments) = ("count", [plain(integer(min), "min"), plain(integer(max), "max")])
        case .allowedValues(let values) where type.isOpenEnum:
            // The enum itself: its undocumented case is the caller's explicit choice of a newer value.
            (method, arguments) = ("documentedValue", [list(values)])
        case .allowedValues(let values):
            (method, arguments) = ("allowedValues", [list(values)])
        case .firstCharacter(let classes):
            (method, arguments) = ("firstCharacter", [plain(classList(classes))])
        case .allowedCharacters(let classes, let characters):
            (method, arguments) = (
                "allowedCharacters",
                [plain(classList(classes), "classes"), plain(SwiftLiteral.string(characters), "characters")]
            )
        case .forbiddenPrefixes(let prefixes):
            (method, arguments) = ("forbiddenPrefixes", [list(prefixes)])
        case .forbiddenSubstrings(let substrings):
            (method, arguments) = ("forbiddenSubstrings", [list(substrings)])
        case .pattern(let pattern):
            (method, arguments) = ("pattern", [plain(SwiftLiteral.string(pattern))])
        }
        return CheckViewModel(
            method: method, arguments: arguments,
            documentationLiteral: SwiftLiteral.wrappedString(
                constraint.provenance.text, width: 80, indent: String(repeating: " ", count: 20)),
            errorCodeLiteral: constraint.errorCode.code.map(SwiftLiteral.string) ?? "nil",
            trust: constraint.trust.rawValue)
    }

    /// The indentation of a check's arguments in the rule table.
    private static let argumentIndent = String(repeating: " ", count: 16)

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

    private static func integer(_ value: Int?) -> String { value.map(String.init) ?? "nil" }

    /// A finite bound as a `Double` literal: an integer as written when a `Double` holds it exactly, anything
    /// else in Swift's shortest form (Swift warns about an integer literal it rounds: `9223372036854775807`
    /// is written `9.223372036854776e+18`).
    private static func decimal(_ value: String?) -> String {
        guard let value, let number = Double(value), number.isFinite else { return "nil" }
        if let integer = Int64(value), Double(exactly: integer) != nil { return value }
        return String(number)
    }

    private static func classList(_ classes: [CharacterClass]) -> String {
        "[" + classes.map { ".\($0.rawValue)" }.joined(separator: ", ") + "]"
    }
}
