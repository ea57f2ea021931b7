import SpecIR
import SpecReaders

/// Counts of a service's constraints by trust class and by whether they are checked, for `constraints`.
struct TrustTally {
    /// Checked rules that cannot go stale.
    var stable = 0
    /// Checked rules that can go stale.
    var volatile = 0
    /// Rules kept as documentation only.
    var documentationOnly = 0
    /// Of those, the stricter side of a disagreement that the wider rule replaced.
    var stricterOfDisagreement = 0
    /// Checked rules widened from disagreeing sources.
    var reconciled = 0

    init(_ operations: [OperationSpec]) {
        for operation in operations {
            for parameter in operation.parameters { count(parameter) }
        }
    }

    private mutating func count(_ field: Field) {
        for constraint in field.constraints {
            if !constraint.enforced {
                documentationOnly += 1
                if constraint.lostToWiderRule { stricterOfDisagreement += 1 }
            } else if constraint.trust == .stable {
                stable += 1
            } else {
                volatile += 1
            }
            if constraint.enforced, constraint.provenance.origin == .reconciled { reconciled += 1 }
        }
        for child in field.children { count(child) }
        if let item = field.item { count(item.value) }
    }

    var summary: String {
        "\(stable + volatile + documentationOnly) constraints: \(stable) checked and stable, \(volatile) checked and"
            + " may go stale (\(reconciled) of them widened from disagreeing sources), \(documentationOnly)"
            + " documentation only (\(stricterOfDisagreement) of them the stricter side of a disagreement)"
    }
}
