import SpecIR
import SwiftSourceText

/// Builds the checks of one request struct's `validate(into:prefix:)` from its members' constraints.
///
/// A rule that cannot be checked on its member's type is reported once, with the spec location, and
/// left to the server; a rule the type guarantees (a required number) needs no check.
struct ValidationTranslator {
    private var rules: [ValidationViewModel.Rule] = []
    private var ruleNames = NameAllocator()

    static func viewModel(
        _ structure: ResolvedStruct, operation: OperationSpec, context: inout TranslationContext
    ) -> ValidationViewModel {
        var translator = ValidationTranslator()
        let members = structure.members.compactMap { translator.member($0, context: &context) }
        return ValidationViewModel(
            access: context.access, qualifiedName: structure.name.qualified, isRequest: structure.field == nil,
            operationLiteral: SwiftLiteral.string(operation.name), members: members, rules: translator.rules)
    }

    /// Calls inside `validate(into:prefix:)` start at 8 columns, 12 inside `if let`, 16 inside a loop.
    private mutating func member(
        _ member: ResolvedMember, context: inout TranslationContext
    ) -> ValidationViewModel.Member? {
        let field = member.field
        let path = SwiftLiteral.string(field.name)
        let indent = member.isOptional ? 12 : 8
        var notes: [String] = []
        var checks: [CheckViewModel] = []
        for constraint in field.constraints {
            guard constraint.enforced else {
                notes.append("Not checked (\(constraint.rule.kind)): \(constraint.note ?? "documentation only").")
                continue
            }
            switch applicability(constraint, type: member.type, field: field, context: &context) {
            case .checked:
                let name = ruleName(constraint, property: member.label)
                checks +=
                    CheckTranslator.check(
                        constraint.rule, type: member.type, value: member.property, pathLiteral: path, isElement: false,
                        ruleName: name, indent: indent
                    ).map { [$0] } ?? []
                record(constraint, name: name)
            case .enforcedByType:
                continue
            case .notApplicable(let reason):
                notes.append("Not checked (\(constraint.rule.kind)): \(reason).")
            }
        }
        var nestedPrefix: String?
        var element: ValidationViewModel.Element?
        if member.coding != .json {
            if member.type.isStructure { nestedPrefix = SwiftLiteral.string(field.name + ".") }
            if case .list(let elementType) = member.type {
                element = elementChecks(
                    member, elementType: elementType, path: path, indent: indent + 4, context: &context)
            }
        }
        guard !checks.isEmpty || nestedPrefix != nil || element != nil || !notes.isEmpty else { return nil }
        return ValidationViewModel.Member(
            property: member.property, wireLiteral: path, isOptional: member.isOptional,
            notes: notes.map(SwiftCommentLine.sanitised), checks: checks, nestedPrefixLiteral: nestedPrefix,
            element: element)
    }

    private mutating func elementChecks(
        _ member: ResolvedMember, elementType: SwiftType, path: String, indent: Int,
        context: inout TranslationContext
    ) -> ValidationViewModel.Element? {
        if elementType.isStructure { return ValidationViewModel.Element(checks: [], validatesObject: true) }
        guard let item = member.field.item?.value else { return nil }
        var checks: [CheckViewModel] = []
        for constraint in item.constraints where constraint.enforced {
            guard applicability(constraint, type: elementType, field: item, context: &context) == .checked else {
                continue
            }
            let name = ruleName(constraint, property: member.label + "Element")
            checks +=
                CheckTranslator.check(
                    constraint.rule, type: elementType, value: "element", pathLiteral: path, isElement: true,
                    ruleName: name, indent: indent
                ).map { [$0] } ?? []
            record(constraint, name: name)
        }
        return checks.isEmpty ? nil : ValidationViewModel.Element(checks: checks, validatesObject: false)
    }

    /// Whether the rule can be checked; a rule that cannot is reported once, located.
    private func applicability(
        _ constraint: Constraint, type: SwiftType, field: Field, context: inout TranslationContext
    ) -> CheckTranslator.Applicability {
        let applicability = CheckTranslator.applicability(constraint.rule, type: type)
        if case .notApplicable(let reason) = applicability {
            context.warn(
                "\(field.name.isEmpty ? "element" : field.name): the documented rule "
                    + "\"\(ConstraintSummary.describe(constraint.rule))\" cannot be checked: \(reason); "
                    + "it is left to the server",
                at: constraint.provenance.location)
        }
        return applicability
    }

    private mutating func ruleName(_ constraint: Constraint, property: String) -> String {
        ruleNames.allocate(SwiftIdentifier.lowerCamel(SwiftIdentifier.bare(property) + "-" + constraint.rule.kind))
    }

    private mutating func record(_ constraint: Constraint, name: String) {
        rules.append(
            ValidationViewModel.Rule(
                name: name,
                documentationLiteral: SwiftLiteral.wrappedString(
                    constraint.provenance.text, width: 80, indent: "                "),
                errorCodeLiteral: constraint.errorCode.code.map(SwiftLiteral.string) ?? "nil",
                trust: constraint.trust.rawValue))
    }
}

/// A `//` comment line that no input can break, by ``DocComment``'s rules: line breaks become spaces,
/// control characters are dropped, bidirectional controls spelled out.
enum SwiftCommentLine {
    static func sanitised(_ text: String) -> String {
        DocComment.lines(text, width: .max).joined(separator: " ")
    }
}
