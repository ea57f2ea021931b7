import AliyunRuntime
import AliyunServerSupport
import SpecIR
import SwiftCodegen

/// Checks a decoded request against its plan's documented rules, with the runtime's own validator, row by row as
/// the generated rule tables do (the same paths, trust classes and error codes), and turns the first rule the mode
/// refuses into the answer the service gives: the rule's documented code with the status and message of the
/// operation's error table, or `InvalidParameter`.
struct RuleChecking {
    let plan: ServicePlan

    /// The answer for the first broken rule the mode refuses; nil when none is.
    func refusal(
        _ values: [String: JSONValue], operation: OperationPlan, errors: [DocumentedError], mode: ValidationMode
    ) -> ServedError? {
        guard mode.checks else { return nil }
        var validator = RequestValidator()
        check(values, members: operation.members, prefix: "", into: &validator)
        return ServedError.refusal(
            of: validator.violations, mode: mode,
            rows: errors.map { DocumentedErrorRow(httpStatus: $0.httpStatus, code: $0.code, message: $0.message) })
    }

    private func check(
        _ values: [String: JSONValue], members: [PlannedMember], prefix: String, into validator: inout RequestValidator
    ) {
        for member in members {
            guard let value = values[member.wireName] else { continue }
            let path = prefix + member.wireName
            let checks = member.checks.map(Self.runtimeCheck)
            if case .array(let elements) = value {
                for check in checks { validator.apply(check, toCount: elements.count, path: path) }
            } else if let subject = Self.subject(value, member.value) {
                for check in checks { validator.apply(check, to: subject, path: path) }
            }
            guard member.coding != .json else { continue }
            switch (member.value, value) {
            case (.structure(let name), .object(let object)):
                check(object, members: plan.structures[name] ?? [], prefix: path + ".", into: &validator)
            case (.list(.structure(let name)), .array(let elements)):
                for (index, element) in elements.enumerated() {
                    guard case .object(let object) = element else { continue }
                    check(
                        object, members: plan.structures[name] ?? [], prefix: "\(path).\(index + 1).", into: &validator)
                }
            case (.list(let element), .array(let elements)) where !member.elementChecks.isEmpty:
                let elementChecks = member.elementChecks.map(Self.runtimeCheck)
                for (index, sent) in elements.enumerated() {
                    guard let subject = Self.subject(sent, element) else { continue }
                    for check in elementChecks { validator.apply(check, to: subject, path: "\(path).\(index + 1)") }
                }
            default:
                break
            }
        }
    }

    /// The value as the generated member's type holds it, for the runtime's checks.
    private static func subject(_ value: JSONValue, _ type: PlannedValue) -> (any ValidationSubject)? {
        switch (type, value) {
        case (.openEnum, .string(let text)): OpenEnumText(rawValue: text, documented: nil)
        case (_, .string(let text)): text
        case (.integer, .integer(let number)): Int(number)
        case (_, .integer(let number)): number
        case (_, .number(let number)): number
        case (_, .bool(let flag)): flag
        default: nil
        }
    }

    /// The runtime's check of a planned one.
    static func runtimeCheck(_ planned: PlannedCheck) -> ValidationCheck {
        let rule = DocumentedRule(
            planned.documentation, errorCode: planned.errorCode,
            trust: RuleTrust(rawValue: planned.trust.rawValue) ?? .volatile)
        func classes(_ classes: [CharacterClass]) -> [ValidationCharacterClass] {
            classes.compactMap { ValidationCharacterClass(rawValue: $0.rawValue) }
        }
        switch planned.kind {
        case .present: return .present(rule: rule)
        case .length(let min, let max): return .length(min: min, max: max, rule: rule)
        case .integerRange(let min, let max): return .integerRange(min: min, max: max, rule: rule)
        case .numberRange(let min, let max): return .numberRange(min: min?.value, max: max?.value, rule: rule)
        case .count(let min, let max): return .count(min: min, max: max, rule: rule)
        case .allowedValues(let values): return .allowedValues(values, rule: rule)
        case .documentedValue(let values): return .documentedValue(values, rule: rule)
        case .firstCharacter(let list): return .firstCharacter(classes(list), rule: rule)
        case .allowedCharacters(let list, let characters):
            return .allowedCharacters(classes: classes(list), characters: characters, rule: rule)
        case .forbiddenPrefixes(let prefixes): return .forbiddenPrefixes(prefixes, rule: rule)
        case .forbiddenSubstrings(let substrings): return .forbiddenSubstrings(substrings, rule: rule)
        case .pattern(let pattern): return .pattern(pattern, rule: rule)
        }
    }
}

/// An open enum's value as the generated decoder holds it: any text, documented when the enum lists it. The
/// generated `documentedValue` check records an undocumented value rather than refusing it; so does this.
struct OpenEnumText: ValidationSubject {
    var rawValue: String
    /// The documented values, when known; nil means the value counts as undocumented unless a check lists it.
    var documented: Set<String>?

    init(rawValue: String, documented: Set<String>?) {
        self.rawValue = rawValue
        self.documented = documented
    }

    init?(rpcQueryValue: String) { self.init(rawValue: rpcQueryValue, documented: nil) }

    var rpcQueryValue: String { rawValue }

    var isDocumentedValue: Bool { documented?.contains(rawValue) ?? false }
}
