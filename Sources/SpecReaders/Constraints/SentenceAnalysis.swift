import SpecIR

/// The rules each sentence of one field's description states, and what came of every rule-like sentence.
struct SentenceAnalysis {
    struct Finding {
        var finding: ProseFinding
        var sentence: String
    }

    var findings: [Finding] = []
    var verdicts: [(sentence: String, outcome: SentenceVerdict.Outcome)] = []
    /// The sentence that introduced the field's allowed values, if any.
    var valuesIntroduction: String?

    /// Words saying a limit is a quota that can be raised: such a field's counts and ranges are not rules.
    private static let raisableQuota = RulePattern(
        #"提升配额|申请提升|配额中心|increase\s+the\s+quota|request\s+a\s+quota"#, caseInsensitive: true)

    /// Everything of a field the analysis reads (it is given nothing else, so the memo cannot be wrong): two
    /// fields that agree on these get the same analysis.
    struct Inputs: Hashable {
        var exactDescription: ExactText
        var type: FieldType
        var hasAllowedValues: Bool
        var hasNumericExample: Bool

        var description: String { exactDescription.text }

        init(_ field: Field) {
            exactDescription = ExactText(field.description)
            type = field.type
            hasAllowedValues = !field.allowedValues.isEmpty
            hasNumericExample = field.example.flatMap(Double.init) != nil
        }
    }

    /// The analyses made, by inputs: descriptions recur across operations and products.
    private static let memo = Memo<Inputs, SentenceAnalysis>(capacity: 100_000)

    /// The analysis of a field's description (memoised: it depends only on ``Inputs``).
    static func of(_ field: Field) -> SentenceAnalysis {
        let inputs = Inputs(field)
        return memo.value(for: inputs) { SentenceAnalysis(inputs) }
    }

    private init(_ field: Inputs) {
        let sentences = RuleSentences.split(DescriptionText.parse(field.description))
        let quotaCanBeRaised = Self.raisableQuota.matches(field.description)
        var lastStatement: String?
        for sentence in sentences {
            let normalised = sentence.normalised
            let ruleLike = SentenceContext.ruleLike.matches(normalised)
            switch sentence.role {
            case .valueItem:
                if valuesIntroduction == nil { valuesIntroduction = lastStatement }
                if ruleLike { verdicts.append((sentence.text, .allowedValue)) }
                continue
            case .caseSpecific:
                if ruleLike { verdicts.append((sentence.text, .prose("applies only to one listed case"))) }
                continue
            case .listHeader:
                noteStatement(sentence.paragraph ?? sentence.text, field: field, last: &lastStatement)
                guard ruleLike else { continue }
                if field.hasAllowedValues {
                    verdicts.append(
                        (sentence.text, field.type == .boolean ? .allowedValue : .constraint(["allowedValues"])))
                } else {
                    verdicts.append((sentence.text, .prose("introduces a list of cases, each with its own rule")))
                }
                continue
            case .statement:
                noteStatement(sentence.text, field: field, last: &lastStatement)
            }
            analyse(sentence.text, normalised: normalised, ruleLike: ruleLike, field: field)
        }
        if quotaCanBeRaised { dropQuotaLimits() }
    }

    /// Remembers the statement before a value item, and the first that introduces the field's values.
    private mutating func noteStatement(_ sentence: String, field: Inputs, last: inout String?) {
        last = sentence
        if valuesIntroduction == nil, field.hasAllowedValues, AllowedValueExtractor.introducesValues(sentence) {
            valuesIntroduction = sentence
        }
    }

    /// Counts and ranges of a field whose description says the limit can be raised are quotas.
    private mutating func dropQuotaLimits() {
        let isQuota: (ProseFinding) -> Bool = { finding in
            switch finding.rule {
            case .count, .range: true
            default: false
            }
        }
        let affected = Set(findings.filter { isQuota($0.finding) }.map(\.sentence))
        findings.removeAll { isQuota($0.finding) }
        for index in verdicts.indices where affected.contains(verdicts[index].sentence) {
            if !findings.contains(where: { $0.sentence == verdicts[index].sentence }) {
                verdicts[index].outcome = .prose("a quota the description says can be raised")
            }
        }
    }

    private mutating func analyse(_ sentence: String, normalised: String, ruleLike: Bool, field: Inputs) {
        let matched =
            ProseRuleCatalogue.mayMatch(normalised)
            ? ProseRuleCatalogue.all.flatMap { rule in rule.pattern.captures(in: normalised).map(rule.build) ?? [] }
            : []
        if !matched.isEmpty, let reason = SentenceContext.dropReason(normalised) {
            verdicts.append((sentence, .prose(reason)))
            return
        }
        let applicable = matched.filter { FieldApplicability.accepts($0, on: field) }
        if !applicable.isEmpty {
            findings += applicable.map { Finding(finding: $0, sentence: sentence) }
            var kinds: [String] = []
            for finding in applicable where !kinds.contains(finding.rule.kind) { kinds.append(finding.rule.kind) }
            verdicts.append((sentence, .constraint(kinds)))
            return
        }
        guard ruleLike else { return }
        if let first = matched.first {
            verdicts.append(
                (sentence, .prose("a \(first.rule.kind) rule that does not fit a \(field.type.rawValue) field")))
        } else if DefaultValueExtractor.extract(fromSentence: sentence) != nil {
            verdicts.append((sentence, .defaultValue))
        } else if AllowedValueExtractor.introducesValues(sentence), field.hasAllowedValues {
            verdicts.append((sentence, .constraint(["allowedValues"])))
        } else if let reason = SentenceContext.proseReason(normalised) {
            verdicts.append((sentence, .prose(reason)))
        } else {
            verdicts.append((sentence, .unrecognised))
        }
    }
}

/// Which field types a rule can apply to.
enum FieldApplicability {
    static func accepts(_ finding: ProseFinding, on field: SentenceAnalysis.Inputs) -> Bool {
        switch finding.rule {
        case .length, .firstCharacter, .forbiddenPrefixes, .forbiddenSubstrings, .allowedCharacters, .pattern:
            return field.type == .string
        case .range:
            return [.integer, .long, .float, .double].contains(field.type)
                || (field.type == .string && field.hasNumericExample)
        case .count:
            return finding.target == .enclosingList || field.type == .array || field.type == .string
        case .allowedValues:
            return field.type != .boolean && field.type != .object
        case .required:
            return true
        }
    }
}
