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

    /// The check of one rule.
    ///
    /// - Parameters:
    ///   - rule: The documented rule.
    ///   - type: The checked value's Swift type.
    ///   - value: The expression of the (unwrapped) value: the property, or `element`.
    ///   - pathLiteral: The member's wire name as a literal.
    ///   - isElement: Whether the value is an element of a list (its path gets the index).
    ///   - ruleName: The rule's name in the generated `Rules` enum.
    ///   - indent: The columns the call starts at, for laying out list literals.
    /// - Returns: The call's data, or nil when ``applicability(_:type:)`` is not `.checked`.
    static func check(
        _ rule: ConstraintRule, type: SwiftType, value: String, pathLiteral: String, isElement: Bool,
        ruleName: String, indent: Int
    ) -> CheckViewModel? {
        guard applicability(rule, type: type) == .checked else { return nil }
        let text = type.isOpenEnum ? "\(value).rawValue" : value
        typealias Argument = CheckViewModel.Argument
        func plain(_ value: String, _ label: String? = nil) -> Argument { Argument(label: label, value: value) }
        func list(_ elements: [String]) -> Argument {
            let literals = elements.map(SwiftLiteral.string)
            let argumentIndent = String(repeating: " ", count: indent + 4)
            return Argument(list: ListLiteralViewModel(literals, indent: argumentIndent, declaration: ","))
        }
        let method: String
        let arguments: [Argument]
        switch rule {
        case .required:
            (method, arguments) = ("checkPresent", [plain("!\(type.isList ? value : text).isEmpty")])
        case .length(let min, let max):
            (method, arguments) = (
                "checkLength", [plain(text), plain(integer(min), "min"), plain(integer(max), "max")]
            )
        case .range(let min, let max):
            if type == .int || type == .int64, [min, max].allSatisfy({ $0 == nil || Int64($0 ?? "") != nil }) {
                (method, arguments) = (
                    "checkRange", [plain(text), plain(min ?? "nil", "min"), plain(max ?? "nil", "max")]
                )
            } else {
                let subject = type == .int || type == .int64 ? "Double(\(text))" : text
                (method, arguments) = (
                    "checkRange", [plain(subject), plain(decimal(min), "min"), plain(decimal(max), "max")]
                )
            }
        case .count(let min, let max):
            (method, arguments) = (
                "checkCount", [plain("\(value).count"), plain(integer(min), "min"), plain(integer(max), "max")]
            )
        case .allowedValues(let values) where type.isOpenEnum:
            // The enum itself: its undocumented case is the caller's explicit choice of a newer value.
            (method, arguments) = ("checkDocumentedValue", [plain(value), list(values)])
        case .allowedValues(let values):
            let subject = type.isText ? text : "\(value).rpcQueryValue"
            (method, arguments) = ("checkAllowedValues", [plain(subject), list(values)])
        case .firstCharacter(let classes):
            (method, arguments) = ("checkFirstCharacter", [plain(text), plain(classList(classes))])
        case .allowedCharacters(let classes, let characters):
            (method, arguments) = (
                "checkAllowedCharacters",
                [
                    plain(text), plain(classList(classes), "classes"),
                    plain(SwiftLiteral.string(characters), "characters"),
                ]
            )
        case .forbiddenPrefixes(let prefixes):
            (method, arguments) = ("checkForbiddenPrefixes", [plain(text), list(prefixes)])
        case .forbiddenSubstrings(let substrings):
            (method, arguments) = ("checkForbiddenSubstrings", [plain(text), list(substrings)])
        case .pattern(let pattern):
            (method, arguments) = ("checkPattern", [plain(text), plain(SwiftLiteral.string(pattern))])
        }
        return CheckViewModel(
            method: method, arguments: arguments, pathLiteral: pathLiteral, isElement: isElement, rule: ruleName,
            indent: String(repeating: " ", count: indent))
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
