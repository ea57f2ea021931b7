import SpecIR

/// The documented checks of one request member, decided once for the generated rule tables and for servers that
/// check requests from the IR: the checks on its value (or on a list as a whole), the checks on each element of a
/// list of scalars, and the rules left to the server.
struct MemberCheckPlan: Sendable {
    /// Checks on the value, or on the list as a whole.
    var checks: [PlannedCheck] = []
    /// Checks on each element of a list of scalars.
    var elementChecks: [PlannedCheck] = []
    /// The rules not checked, in the member's order, each with why (`Not checked (length): …`).
    var notes: [String] = []
    /// The rules that cannot be checked on their value's type, and why: the generator warns of each.
    var inapplicable: [(field: Field, constraint: Constraint, reason: String)] = []
}

enum MemberCheckPlanner {
    static func plan(_ member: ResolvedMember) -> MemberCheckPlan {
        var plan = MemberCheckPlan()
        let field = member.field
        for constraint in field.constraints {
            guard constraint.enforced else {
                plan.notes.append("Not checked (\(constraint.rule.kind)): \(constraint.note ?? "documentation only").")
                continue
            }
            switch CheckPlanner.applicability(constraint.rule, type: member.type) {
            case .checked:
                plan.checks += CheckPlanner.check(constraint, type: member.type).map { [$0] } ?? []
            case .enforcedByType:
                continue
            case .notApplicable(let reason):
                plan.inapplicable.append((field, constraint, reason))
                plan.notes.append("Not checked (\(constraint.rule.kind)): \(reason).")
            }
        }
        guard member.coding != .json, case .list(let elementType) = member.type, !elementType.isStructure,
            let item = field.item?.value
        else { return plan }
        for constraint in item.constraints where constraint.enforced {
            switch CheckPlanner.applicability(constraint.rule, type: elementType) {
            case .checked:
                plan.elementChecks += CheckPlanner.check(constraint, type: elementType).map { [$0] } ?? []
            case .enforcedByType:
                continue
            case .notApplicable(let reason):
                plan.inapplicable.append((item, constraint, reason))
            }
        }
        return plan
    }
}
