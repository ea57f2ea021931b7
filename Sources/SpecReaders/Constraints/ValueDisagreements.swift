import SpecIR

/// Documented values that disagree with another rule of the same field, resolved to the permissive side.
///
/// - A number's set of values and its range are two statements of which values are valid. When they
///   differ (`CreateInstance.SpotDuration`: the description lists `1` and `0`, the schema allows 0 to 6),
///   only what either allows passes: the range, widened to take in every listed value, is checked, and
///   the list is kept as documentation.
/// - A documented value that breaks another rule (a listed value longer than the maximum length, or
///   outside a pattern) shows that rule wrong: a length is widened to take it in; any other rule
///   (a pattern, a character rule, the range of a field whose values are not all numbers) is kept as
///   documentation only. Every rule of the field is judged, not just the first one broken.
///
/// Each disagreement is reported once, with both locations.
enum ValueDisagreements {
    static func resolve(
        _ constraints: [Constraint], field: Field, path: String, diagnostics: inout [Diagnostic]
    ) -> [Constraint] {
        guard let valuesIndex = constraints.firstIndex(where: { $0.enforced && $0.rule.kind == "allowedValues" }),
            case .allowedValues(let values) = constraints[valuesIndex].rule, !values.isEmpty
        else { return constraints }
        var result = constraints
        func warn(_ other: Constraint, _ outcome: String) {
            let listed = result[valuesIndex].provenance
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "\(path): \(RuleWidening.source(listed.origin)) (at \(listed.location.position)) lists the values "
                        + values.joined(separator: ", ") + " but \(RuleWidening.source(other.provenance.origin))"
                        + " (at \(other.provenance.location.position)) says \(SchemaConstraints.describe(other.rule));"
                        + " \(outcome)",
                    at: field.source))
        }
        let numbers = values.compactMap(Double.init)
        let isNumber = [.integer, .long, .float, .double].contains(field.type) && numbers.count == values.count
        // Every rule is judged against the values; widened rules go in after the loop, next to theirs.
        var insertions: [(after: Int, constraint: Constraint)] = []
        for index in constraints.indices where index != valuesIndex && constraints[index].enforced {
            let other = constraints[index]
            if isNumber, case .range(let min, let max) = other.rule {
                let lower = min.flatMap(Double.init)
                let upper = max.flatMap(Double.init)
                let outside = zip(values, numbers).filter { _, number in
                    (lower.map { number < $0 } ?? false) || (upper.map { number > $0 } ?? false)
                }.map(\.0)
                if outside.isEmpty {
                    guard result[valuesIndex].enforced,
                        !covers(values: numbers, lower: lower, upper: upper, integral: field.isIntegral)
                    else { continue }
                    RuleWidening.documentOnly(&result[valuesIndex], checked: other)
                    warn(
                        other,
                        "only the wider, \(SchemaConstraints.describe(other.rule)), is checked, the list is kept as documentation"
                    )
                } else {
                    let widest = widened(other.rule, numbers: numbers)
                    let reconciled = RuleWidening.reconciled(widest, from: [constraints[valuesIndex], other])
                    RuleWidening.documentOnly(&result[valuesIndex], checked: reconciled)
                    RuleWidening.documentOnly(&result[index], checked: reconciled)
                    insertions.append((index, reconciled))
                    warn(other, "only \(SchemaConstraints.describe(widest)), which takes in both, is checked")
                }
                continue
            }
            let broken = RuleEvaluator.broken(other.rule, values: values)
            guard let example = broken.first, other.rule.kind != "allowedValues", other.rule.kind != "required" else {
                continue
            }
            if case .length(let min, let max) = other.rule {
                let lengths = broken.map(\.count)
                let widest = ConstraintRule.length(
                    min: min.map { Swift.min($0, lengths.min() ?? $0) },
                    max: max.map { Swift.max($0, lengths.max() ?? $0) })
                let reconciled = RuleWidening.reconciled(widest, from: [constraints[valuesIndex], other])
                RuleWidening.documentOnly(&result[index], checked: reconciled)
                insertions.append((index, reconciled))
                warn(
                    other,
                    "the value \"\(example)\" breaks it, so only \(SchemaConstraints.describe(widest)) is checked")
                continue
            }
            result[index].enforced = false
            result[index].note = "the documented value \"\(example)\" breaks it; kept as documentation"
            warn(other, "the value \"\(example)\" breaks it, so it is kept as documentation only")
        }
        for insertion in insertions.reversed() { result.insert(insertion.constraint, at: insertion.after + 1) }
        return result
    }

    /// Whether a range admits exactly the listed values: every integer between the bounds is listed.
    private static func covers(values: [Double], lower: Double?, upper: Double?, integral: Bool) -> Bool {
        guard integral, let lower, let upper, upper - lower < 1_000 else { return false }
        let listed = Set(values)
        return stride(from: lower.rounded(.up), through: upper, by: 1).allSatisfy { listed.contains($0) }
    }

    /// A range widened to take in every number.
    private static func widened(_ rule: ConstraintRule, numbers: [Double]) -> ConstraintRule {
        guard case .range(let min, let max) = rule, let smallest = numbers.min(), let largest = numbers.max() else {
            return rule
        }
        func text(_ number: Double) -> String {
            number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        }
        var lower = min
        var upper = max
        if let bound = min.flatMap(Double.init), smallest < bound { lower = text(smallest) }
        if let bound = max.flatMap(Double.init), largest > bound { upper = text(largest) }
        return .range(min: lower, max: upper)
    }
}

extension Field {
    /// Whether values are whole numbers.
    var isIntegral: Bool { type == .integer || type == .long }
}
