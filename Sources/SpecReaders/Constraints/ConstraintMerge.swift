import SpecIR

/// Combines the rules one field's sentences state into one constraint per kind.
///
/// Bounds of the same kind intersect (the largest minimum, the smallest maximum); prefix,
/// substring and value lists unite; character sets unite and take in the classes the
/// first-character rule names (「必须以字母或中文开头」 makes letters and Chinese allowed
/// anywhere). The provenance of a merged constraint quotes every sentence it came from.
enum ConstraintMerge {
    static let kindOrder = [
        "required", "allowedValues", "length", "range", "count", "firstCharacter", "allowedCharacters",
        "forbiddenPrefixes", "forbiddenSubstrings", "pattern",
    ]

    /// One constraint per kind. Two sentences that state one bound differently disagree: the wider
    /// bound is kept (``RuleWidening``), and `disagreements` gets a line quoting both.
    static func merge(
        _ findings: [SentenceAnalysis.Finding], location: SourceLocation, disagreements: inout [String]
    ) -> [Constraint] {
        var merged: [Constraint] = []
        for kind in kindOrder {
            let group = findings.filter { $0.finding.rule.kind == kind }
            guard let first = group.first else { continue }
            var rule = first.finding.rule
            for other in group.dropFirst() {
                rule = reconcile(
                    rule, other.finding.rule, sentences: (first.sentence, other.sentence), into: &disagreements)
            }
            if case .allowedCharacters(let classes, let characters) = rule {
                let implied = findings.compactMap { finding -> [CharacterClass]? in
                    if case .firstCharacter(let classes) = finding.finding.rule { return classes }
                    return nil
                }.flatMap { $0 }
                rule = .allowedCharacters(classes: simplified(unite(implied, classes)), characters: characters)
            }
            var sentences: [String] = []
            for finding in group where !sentences.contains(finding.sentence) { sentences.append(finding.sentence) }
            merged.append(
                Constraint(
                    rule: rule,
                    provenance: Provenance(origin: .prose, text: sentences.joined(separator: " "), location: location)))
        }
        return merged
    }

    /// Two statements of one kind of rule by the same source: combined when they agree, the widest when
    /// they state one bound differently (noted in `disagreements`).
    static func reconcile(
        _ first: ConstraintRule, _ second: ConstraintRule, sentences: (String, String),
        into disagreements: inout [String]
    ) -> ConstraintRule {
        // Only bounds can contradict each other; value, prefix and character lists add up.
        let bounded = ["length", "count", "range"].contains(first.kind) && first.kind == second.kind
        guard bounded, !SchemaConstraints.compatible(first, second) else { return combine(first, second) }
        let widest = RuleWidening.widest(first, second)
        disagreements.append(
            "the description says \(SchemaConstraints.describe(first)) (\"\(sentences.0)\") and"
                + " \(SchemaConstraints.describe(second)) (\"\(sentences.1)\"); only the wider,"
                + " \(SchemaConstraints.describe(widest)), is checked")
        return widest
    }

    static func combine(_ first: ConstraintRule, _ second: ConstraintRule) -> ConstraintRule {
        switch (first, second) {
        case (.length(let min1, let max1), .length(let min2, let max2)):
            return .length(min: bound(min1, min2, larger: true), max: bound(max1, max2, larger: false))
        case (.count(let min1, let max1), .count(let min2, let max2)):
            return .count(min: bound(min1, min2, larger: true), max: bound(max1, max2, larger: false))
        case (.range(let min1, let max1), .range(let min2, let max2)):
            return .range(min: decimal(min1, min2, larger: true), max: decimal(max1, max2, larger: false))
        case (.firstCharacter(let classes1), .firstCharacter(let classes2)):
            return .firstCharacter(unite(classes1, classes2))
        case (.allowedCharacters(let classes1, let characters1), .allowedCharacters(let classes2, let characters2)):
            return .allowedCharacters(
                classes: unite(classes1, classes2),
                characters: characters1 + characters2.filter { !characters1.contains($0) })
        case (.forbiddenPrefixes(let values1), .forbiddenPrefixes(let values2)):
            return .forbiddenPrefixes(unite(values1, values2))
        case (.forbiddenSubstrings(let values1), .forbiddenSubstrings(let values2)):
            return .forbiddenSubstrings(unite(values1, values2))
        case (.allowedValues(let values1), .allowedValues(let values2)):
            return .allowedValues(unite(values1, values2))
        default:
            return first
        }
    }

    /// Any Unicode letter already includes ASCII and Chinese letters.
    static func simplified(_ classes: [CharacterClass]) -> [CharacterClass] {
        guard classes.contains(.unicodeLetter) else { return classes }
        let subsumed: [CharacterClass] = [.letter, .uppercaseLetter, .lowercaseLetter, .chinese]
        return classes.filter { !subsumed.contains($0) }
    }

    static func unite<T: Equatable>(_ first: [T], _ second: [T]) -> [T] {
        first + second.filter { !first.contains($0) }
    }

    /// The larger (or smaller) of two bounds; the one given when the other is absent.
    static func bound(_ first: Int?, _ second: Int?, larger: Bool) -> Int? {
        guard let first else { return second }
        guard let second else { return first }
        return larger ? max(first, second) : min(first, second)
    }

    /// The larger (or smaller) of two decimal bounds, as written; the one given when the other is absent.
    static func decimal(_ first: String?, _ second: String?, larger: Bool) -> String? {
        guard let first, let firstValue = Double(first) else { return second }
        guard let second, let secondValue = Double(second) else { return first }
        return (firstValue >= secondValue) == larger ? first : second
    }
}
