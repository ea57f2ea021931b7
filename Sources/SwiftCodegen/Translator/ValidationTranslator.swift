import SpecIR
import SwiftSourceText

/// Builds the checks of one request struct's `validate(into:prefix:)` from its members' planned checks
/// (``MemberCheckPlanner``).
///
/// A rule that cannot be checked on its member's type is reported once, with the spec location, and
/// left to the server; a rule the type guarantees (a required number) needs no check.
struct ValidationTranslator {
    static func viewModel(
        _ structure: ResolvedStruct, operation: OperationSpec, context: inout TranslationContext
    ) -> ValidationViewModel {
        var rows: [ValidationViewModel.Row] = []
        var notes: [String] = []
        for member in structure.members {
            var (memberRows, memberNotes) = Self.rows(member, context: &context)
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
    private static func rows(
        _ member: ResolvedMember, context: inout TranslationContext
    ) -> (rows: [ValidationViewModel.Row], notes: [String]) {
        let plan = MemberCheckPlanner.plan(member)
        for (field, constraint, reason) in plan.inapplicable {
            context.warn(
                "\(field.name.isEmpty ? "element" : field.name): the documented rule "
                    + "\"\(ConstraintSummary.describe(constraint.rule))\" cannot be checked: \(reason); "
                    + "it is left to the server",
                at: constraint.provenance.location)
        }
        func row(_ kind: String, _ checks: [PlannedCheck] = []) -> ValidationViewModel.Row {
            let kind = member.isOptional ? kind : "required" + kind.prefix(1).uppercased() + kind.dropFirst()
            return ValidationViewModel.Row(
                kind: kind, wireLiteral: SwiftLiteral.string(member.field.name), property: member.property, notes: [],
                checks: checks.map(CheckTranslator.viewModel))
        }
        var rows: [ValidationViewModel.Row] = []
        if !plan.checks.isEmpty { rows.append(row(member.type.isList ? "list" : "scalar", plan.checks)) }
        if member.coding != .json {
            if member.type.isStructure { rows.append(row("object")) }
            if case .list(let elementType) = member.type {
                if elementType.isStructure {
                    rows.append(row("objects"))
                } else if !plan.elementChecks.isEmpty {
                    rows.append(row("elements", plan.elementChecks))
                }
            }
        }
        return (rows, plan.notes.map(SwiftCommentLine.sanitised))
    }
}

enum SwiftCommentLine {
    static func sanitised(_ text: String) -> String {
        DocComment.lines(text, width: .max).joined(separator: " ")
    }
}
