import SpecIR

/// Resolves two sources that disagree about one kind of bound (a length, a count, a range) to the
/// permissive side.
///
/// The widest rule is taken bound by bound: where both state a bound, the wider one (the smaller
/// minimum, the larger maximum); where only one does, its bound, since nothing contradicts it. When
/// the widest rule is one source's own, that source is checked and the other kept as documentation
/// only. When it takes a bound from each, both are kept as documentation and a `reconciled` constraint
/// that quotes both is checked instead.
enum RuleWidening {
    struct Resolution {
        /// The first source, now documentation only when it is the stricter one.
        var first: Constraint
        /// The second source, likewise.
        var second: Constraint
        /// The rule checked instead of both, when neither source states the widest rule alone.
        var widened: Constraint?
        /// The rule that is checked.
        var checked: ConstraintRule
    }

    static func resolve(_ first: Constraint, _ second: Constraint) -> Resolution {
        let widest = widest(first.rule, second.rule)
        var first = first
        var second = second
        // The checked side is one that other sources contradict: it may go stale, whatever its kind.
        if same(widest, first.rule) {
            documentOnly(&second, checked: first)
            first.trust = .volatile
            return Resolution(first: first, second: second, widened: nil, checked: first.rule)
        }
        if same(widest, second.rule) {
            documentOnly(&first, checked: second)
            second.trust = .volatile
            return Resolution(first: first, second: second, widened: nil, checked: second.rule)
        }
        let widened = reconciled(widest, from: [first, second])
        documentOnly(&first, checked: widened)
        documentOnly(&second, checked: widened)
        return Resolution(first: first, second: second, widened: widened, checked: widest)
    }

    /// A checked rule that no single source states, quoting each source it widens.
    static func reconciled(_ rule: ConstraintRule, from sources: [Constraint]) -> Constraint {
        let quoted = sources.map { "\(source($0.provenance.origin)) (\"\($0.provenance.text)\")" }
        return Constraint(
            rule: rule,
            provenance: Provenance(
                origin: .reconciled, text: "the widest of " + quoted.joined(separator: " and "),
                location: sources[0].provenance.location),
            note: "widened from sources that disagree")
    }

    /// How the note of a rule that lost to a wider one starts (`Constraint.lostToWiderRule`).
    static let stricterNote = "stricter than "

    /// Marks the stricter source as documentation only, naming the rule that is checked instead.
    static func documentOnly(_ constraint: inout Constraint, checked: Constraint) {
        constraint.enforced = false
        constraint.note =
            stricterNote + "\(source(checked.provenance.origin)) (\"\(checked.provenance.text)\"), which is checked"
            + " instead; kept as documentation"
    }

    /// How a note names where a rule comes from.
    static func source(_ origin: Provenance.Origin) -> String {
        switch origin {
        case .prose: "the description"
        case .schema: "the schema"
        case .table: "the parameter table"
        case .reconciled: "the reconciled rule"
        }
    }

    /// The widest rule of two of the same kind, bound by bound; `first` when the kinds differ.
    static func widest(_ first: ConstraintRule, _ second: ConstraintRule) -> ConstraintRule {
        switch (first, second) {
        case (.length(let min1, let max1), .length(let min2, let max2)):
            return .length(
                min: ConstraintMerge.bound(min1, min2, larger: false),
                max: ConstraintMerge.bound(max1, max2, larger: true))
        case (.count(let min1, let max1), .count(let min2, let max2)):
            return .count(
                min: ConstraintMerge.bound(min1, min2, larger: false),
                max: ConstraintMerge.bound(max1, max2, larger: true))
        case (.range(let min1, let max1), .range(let min2, let max2)):
            return .range(
                min: ConstraintMerge.decimal(min1, min2, larger: false),
                max: ConstraintMerge.decimal(max1, max2, larger: true))
        default:
            return first
        }
    }

    /// Whether two rules state the same bounds (decimals compared by value).
    static func same(_ first: ConstraintRule, _ second: ConstraintRule) -> Bool {
        if case .range(let min1, let max1) = first, case .range(let min2, let max2) = second {
            return min1.flatMap(Double.init) == min2.flatMap(Double.init)
                && max1.flatMap(Double.init) == max2.flatMap(Double.init)
        }
        return first == second
    }
}

extension Constraint {
    /// Whether this is the stricter side of a disagreement, kept as documentation while the wider rule
    /// is checked.
    public var lostToWiderRule: Bool { !enforced && note?.hasPrefix(RuleWidening.stricterNote) == true }
}
