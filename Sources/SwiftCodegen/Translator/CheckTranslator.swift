import SpecIR
import SwiftSourceText

/// Renders a planned check (``CheckPlanner``) as the data of a rule-table entry: the `ValidationCheck`
/// function, its arguments and its rule.
enum CheckTranslator {
    static func viewModel(_ check: PlannedCheck) -> CheckViewModel {
        typealias Argument = CheckViewModel.Argument
        func plain(_ value: String, _ label: String? = nil) -> Argument { Argument(label: label, value: value) }
        func list(_ elements: [String]) -> Argument {
            Argument(
                list: ListLiteralViewModel(elements.map(SwiftLiteral.string), indent: argumentIndent, declaration: ","))
        }
        let method: String
        let arguments: [Argument]
        switch check.kind {
        case .present:
            (method, arguments) = ("present", [])
        case .length(let min, let max):
            (method, arguments) = ("length", [plain(integer(min), "min"), plain(integer(max), "max")])
        case .integerRange(let min, let max):
            (method, arguments) = (
                "integerRange",
                [plain(min.map(String.init) ?? "nil", "min"), plain(max.map(String.init) ?? "nil", "max")]
            )
        case .numberRange(let min, let max):
            (method, arguments) = (
                "numberRange", [plain(min?.literal ?? "nil", "min"), plain(max?.literal ?? "nil", "max")]
            )
        case .count(let min, let max):
            (method, arguments) = ("count", [plain(integer(min), "min"), plain(integer(max), "max")])
        case .documentedValue(let values):
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
                check.documentation, width: 80, indent: String(repeating: " ", count: 20)),
            errorCodeLiteral: check.errorCode.map(SwiftLiteral.string) ?? "nil",
            trust: check.trust.rawValue)
    }

    /// The indentation of a check's arguments in the rule table.
    private static let argumentIndent = String(repeating: " ", count: 16)

    private static func integer(_ value: Int?) -> String { value.map(String.init) ?? "nil" }

    private static func classList(_ classes: [CharacterClass]) -> String {
        "[" + classes.map { ".\($0.rawValue)" }.joined(separator: ", ") + "]"
    }
}
