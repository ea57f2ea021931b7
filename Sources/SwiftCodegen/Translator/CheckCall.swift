import SpecIR
import SwiftSourceText

/// The `validator.check…` call for one rule, one argument per line.
enum CheckCall {
    static func make(_ rule: ConstraintRule, field: Field, value: String, path: String, rule reference: String)
        -> [String]?
    {
        let arguments: [String]
        let method: String
        switch rule {
        case .required:
            switch field.type {
            case .string: (method, arguments) = ("checkPresent", ["!\(value).isEmpty"])
            case .array: (method, arguments) = ("checkPresent", ["!\(value).isEmpty"])
            default: return nil
            }
        case .length(let min, let max):
            guard field.type == .string else { return nil }
            (method, arguments) = ("checkLength", [value, "min: \(literal(min))", "max: \(literal(max))"])
        case .range(let min, let max):
            switch field.type {
            case .integer, .long:
                if [min, max].allSatisfy({ $0 == nil || Int64($0 ?? "") != nil }) {
                    (method, arguments) = ("checkRange", [value, "min: \(min ?? "nil")", "max: \(max ?? "nil")"])
                } else {
                    (method, arguments) = (
                        "checkRange", ["Double(\(value))", "min: \(decimal(min))", "max: \(decimal(max))"]
                    )
                }
            case .float, .double:
                (method, arguments) = ("checkRange", [value, "min: \(decimal(min))", "max: \(decimal(max))"])
            case .string:
                (method, arguments) = ("checkRange", [value, "min: \(decimal(min))", "max: \(decimal(max))"])
            default:
                return nil
            }
        case .count(let min, let max):
            guard field.type == .array else { return nil }
            (method, arguments) = ("checkCount", ["\(value).count", "min: \(literal(min))", "max: \(literal(max))"])
        case .allowedValues(let values):
            let subject: String
            switch field.type {
            case .string: subject = value
            case .integer, .long, .float, .double: subject = "\(value).rpcQueryValue"
            default: return nil
            }
            (method, arguments) = (
                "checkAllowedValues", [subject, "[" + values.map(SwiftLiteral.string).joined(separator: ", ") + "]"]
            )
        case .firstCharacter(let classes):
            guard field.type == .string else { return nil }
            (method, arguments) = ("checkFirstCharacter", [value, classList(classes)])
        case .allowedCharacters(let classes, let characters):
            guard field.type == .string else { return nil }
            (method, arguments) = (
                "checkAllowedCharacters",
                [value, "classes: \(classList(classes))", "characters: \(SwiftLiteral.string(characters))"]
            )
        case .forbiddenPrefixes(let prefixes):
            guard field.type == .string else { return nil }
            (method, arguments) = (
                "checkForbiddenPrefixes",
                [value, "[" + prefixes.map(SwiftLiteral.string).joined(separator: ", ") + "]"]
            )
        case .forbiddenSubstrings(let substrings):
            guard field.type == .string else { return nil }
            (method, arguments) = (
                "checkForbiddenSubstrings",
                [value, "[" + substrings.map(SwiftLiteral.string).joined(separator: ", ") + "]"]
            )
        case .pattern(let pattern):
            guard field.type == .string else { return nil }
            (method, arguments) = ("checkPattern", [value, SwiftLiteral.string(pattern)])
        }
        let all = arguments + ["path: \(path)", "rule: \(reference)"]
        return ["validator.\(method)("]
            + all.enumerated().map { index, argument in
                "    " + argument + (index == all.count - 1 ? ")" : ",")
            }
    }

    private static func literal(_ value: Int?) -> String { value.map(String.init) ?? "nil" }

    private static func decimal(_ value: String?) -> String {
        guard let value, let number = Double(value) else { return "nil" }
        return value.contains(".") || value.contains("e") ? String(number) : value
    }

    private static func classList(_ classes: [CharacterClass]) -> String {
        "[" + classes.map { ".\($0.rawValue)" }.joined(separator: ", ") + "]"
    }
}
