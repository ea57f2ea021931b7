import SpecIR
import SwiftSourceText

/// Builds the checks of one request struct's `validate(into:prefix:)` from its members' constraints.
///
/// A rule that cannot be checked on its member's type is reported once, with the spec location, and
/// left to the server; a rule the type guarantees (a required number) needs no check.
struct ValidationTranslator {
    static func viewModel(
        _ structure: ResolvedStruct, operation: OperationSpec, context: inout TranslationContext
    ) -> ValidationViewModel {
        let translator = ValidationTranslator()
        var rows: [ValidationViewModel.Row] = []
        var notes: [String] = []
        for member in structure.members {
            var (memberRows, memberNotes) = translator.rows(member, context: &context)
            notes += memberNotes
            guard !memberRows.isEmpty else { continue }
            memberRows[0].notes = notes
            notes = []
            rows += memberRows
        }
        if rows.count == 1 { rows[0].isOnlyRow = true }
        return ValidationViewModel(
            access: context.access, qualifiedName: structure.name.qualified, isRequest: structure.field == nil,
            operationLiteral: SwiftLiteral.string(operation.name), rows: rows, trailingNotes: notes)
    }

    /// A member's rows: its own checks (on the value, or on a list as a whole), then its list's elements or
    /// nested object; and the documented rules it leaves to the server, as comment lines.
    private func rows(
        _ member: ResolvedMember, context: inout TranslationContext
    ) -> (rows: [ValidationViewModel.Row], notes: [String]) {
        let field = member.field
        var notes: [String] = []
        var checks: [CheckViewModel] = []
        for constraint in field.constraints {
            guard constraint.enforced else {
                notes.append("Not checked (\(constraint.rule.kind)): \(constraint.note ?? "documentation only").")
                continue
            }
            switch applicability(constraint, type: member.type, field: field, context: &context) {
            case .checked:
                checks += CheckTranslator.check(constraint, type: member.type).map { [$0] } ?? []
            case .enforcedByType:
                continue
            case .notApplicable(let reason):
                notes.append("Not checked (\(constraint.rule.kind)): \(reason).")
            }
        }
        func row(_ kind: String, _ checks: [CheckViewModel] = []) -> ValidationViewModel.Row {
            let kind = member.isOptional ? kind : "required" + kind.prefix(1).uppercased() + kind.dropFirst()
            return ValidationViewModel.Row(
                kind: kind, wireLiteral: SwiftLiteral.string(field.name), property: member.property, notes: [],
                checks: checks)
        }
        var rows: [ValidationViewModel.Row] = []
        if !checks.isEmpty { rows.append(row(member.type.isList ? "list" : "scalar", checks)) }
        if member.coding != .json {
            if member.type.isStructure { rows.append(row("object")) }
            if case .list(let elementType) = member.type {
                if elementType.isStructure {
                    rows.append(row("objects"))
                } else if let item = member.field.item?.value {
                    let elementChecks = item.constraints.filter(\.enforced).compactMap { constraint in
                        applicability(constraint, type: elementType, field: item, context: &context) == .checked
                            ? CheckTranslator.check(constraint, type: elementType) : nil
                    }
                    if !elementChecks.isEmpty { rows.append(row("elements", elementChecks)) }
                }
            }
        }
        return (rows, notes.map(SwiftCommentLine.sanitised))
    }

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
}

enum SwiftCommentLine {
    static func sanitised(_ text: String) -> String {
        DocComment.lines(text, width: .max).joined(separator: " ")
    }
}
