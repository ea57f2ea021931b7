import SpecIR

/// Finds every field's constraints: prose rules, schema limits, allowed values and requiredness,
/// each with its provenance and mapped error code.
///
/// Runs over a whole operation because some rules belong elsewhere than where they are written
/// (「N的取值范围：1~20」 on `Tag.Key` limits the elements of `Tag`) and error codes are per operation.
public enum ConstraintResolver {
    /// What resolving produced besides the IR.
    public struct Report: Sendable {
        /// Warnings: schema/prose conflicts, rules the documented example breaks.
        public var diagnostics: [Diagnostic] = []
        /// What came of every rule-like sentence, in source order.
        public var verdicts: [SentenceVerdict] = []
    }

    /// Fills `constraints` of every field of every operation; operations are resolved on every core,
    /// and the results and reports are kept in source order.
    public static func resolve(_ service: ServiceSpec) -> (ServiceSpec, Report) {
        var report = Report()
        var resolved = service
        let results = service.operations.concurrentMap { operation in
            var resolver = OperationConstraints(operation: operation)
            let result = resolver.resolve()
            return (result, resolver.diagnostics, resolver.verdicts)
        }
        for (index, result) in results.enumerated() {
            resolved.operations[index] = result.0
            report.diagnostics += result.1
            report.verdicts += result.2
        }
        return (resolved, report)
    }
}

/// Resolves one operation.
struct OperationConstraints {
    /// A count found under a list's element, waiting for the list.
    struct PendingCount {
        var finding: SentenceAnalysis.Finding
        var location: SourceLocation
    }

    let operation: OperationSpec
    /// The operation's error codes, prepared once for every constraint's look-up.
    let errorCodes: ErrorCodeMapper.Codes
    var diagnostics: [Diagnostic] = []
    var verdicts: [SentenceVerdict] = []

    init(operation: OperationSpec) {
        self.operation = operation
        errorCodes = ErrorCodeMapper.Codes(operation.errors)
    }

    mutating func resolve() -> OperationSpec {
        var result = operation
        result.parameters = operation.parameters.map { parameter in
            let (field, pending) = resolve(parameter, path: [parameter.name])
            reportUnattached(pending, path: [parameter.name])
            return field
        }
        return result
    }

    /// Resolves a field and its descendants; returns counts meant for an enclosing list.
    private mutating func resolve(_ original: Field, path: [String]) -> (Field, [PendingCount]) {
        var field = original
        let analysis = SentenceAnalysis.of(field)
        let display = path.filter { !$0.isEmpty }.joined(separator: ".")
        verdicts += analysis.verdicts.map {
            SentenceVerdict(
                operation: operation.name, field: display, sentence: $0.sentence, location: field.source,
                outcome: $0.outcome)
        }
        var own: [SentenceAnalysis.Finding] = []
        var pendingUp: [PendingCount] = []
        for finding in analysis.findings {
            if finding.finding.target == .enclosingList && field.type != .array {
                pendingUp.append(PendingCount(finding: finding, location: field.proseSource))
            } else {
                own.append(finding)
            }
        }
        var pendingHere: [PendingCount] = []
        for index in field.children.indices {
            let (child, pending) = resolve(field.children[index], path: path + [field.children[index].name])
            field.children[index] = child
            pendingUp += pending
        }
        if let item = field.item {
            let (resolvedItem, pending) = resolve(item.value, path: path)
            field.item = Indirect(resolvedItem)
            pendingHere += pending
        }
        if field.type != .array {
            pendingUp += pendingHere
            pendingHere = []
        }
        field.constraints = constraints(
            for: field, findings: own, listCounts: pendingHere, introduction: analysis.valuesIntroduction, path: path)
        return (field, pendingUp)
    }

    private mutating func constraints(
        for field: Field, findings: [SentenceAnalysis.Finding], listCounts: [PendingCount], introduction: String?,
        path: [String]
    ) -> [Constraint] {
        let display = path.filter { !$0.isEmpty }.joined(separator: ".")
        var disagreements: [String] = []
        var constraints = ConstraintMerge.merge(findings, location: field.proseSource, disagreements: &disagreements)
        if let first = listCounts.first {
            let counts = ConstraintMerge.merge(
                listCounts.map(\.finding), location: first.location, disagreements: &disagreements)
            for count in counts {
                if let index = constraints.firstIndex(where: { $0.rule.kind == "count" }) {
                    constraints[index].rule = ConstraintMerge.reconcile(
                        constraints[index].rule, count.rule,
                        sentences: (constraints[index].provenance.text, count.provenance.text), into: &disagreements)
                } else {
                    let position = constraints.firstIndex {
                        (ConstraintMerge.kindOrder.firstIndex(of: $0.rule.kind) ?? 0)
                            > (ConstraintMerge.kindOrder.firstIndex(of: "count") ?? 0)
                    }
                    constraints.insert(count, at: position ?? constraints.count)
                }
            }
        }
        for disagreement in disagreements {
            diagnostics.append(Diagnostic(.warning, "\(operation.name).\(display): \(disagreement)", at: field.source))
        }
        if !field.allowedValues.isEmpty, field.type != .boolean {
            let values = field.allowedValues.map(\.value)
            let provenance =
                introduction.map { Provenance(origin: .prose, text: $0, location: field.proseSource) }
                ?? Provenance(
                    origin: .schema, text: "enum: " + values.joined(separator: ", "),
                    location: field.limits.location(of: ["enum", "enumValueTitles"]) ?? field.source)
            if let index = constraints.firstIndex(where: { $0.rule.kind == "allowedValues" }) {
                constraints[index].rule = ConstraintMerge.combine(.allowedValues(values), constraints[index].rule)
            } else {
                constraints.insert(Constraint(rule: .allowedValues(values), provenance: provenance), at: 0)
            }
        }
        if field.required {
            let text = "required: yes (the parameter table)"
            constraints.insert(
                Constraint(rule: .required, provenance: Provenance(origin: .table, text: text, location: field.source)),
                at: 0)
        }
        constraints = SchemaConstraints.reconcile(
            constraints, limits: field.limits, field: field, path: "\(operation.name).\(display)",
            diagnostics: &diagnostics)
        constraints = ValueDisagreements.resolve(
            constraints, field: field, path: "\(operation.name).\(display)", diagnostics: &diagnostics)
        return constraints.map { constraint in
            var constraint = constraint
            constraint.errorCode = ErrorCodeMapper.mapping(for: constraint.rule, path: path, codes: errorCodes)
            checkApplicability(&constraint, field: field, display: display)
            return constraint
        }
    }

    private static let serverIgnoresExcess = RulePattern(#"忽略|只处理|ignored|ignores"#, caseInsensitive: true)
    private static let caseInsensitive = RulePattern(
        #"不区分大小写|case-insensitive|not case-sensitive"#, caseInsensitive: true)

    /// Marks rules a client cannot or must not check, with the reason.
    private mutating func checkApplicability(_ constraint: inout Constraint, field: Field, display: String) {
        if case .count = constraint.rule, field.type == .string {
            constraint.enforced = false
            constraint.note = "counts the elements of a list sent as one string; the server checks it"
            return
        }
        if case .count = constraint.rule, Self.serverIgnoresExcess.matches(constraint.provenance.text) {
            constraint.enforced = false
            constraint.note = "the description says the server ignores the excess rather than refusing it"
            return
        }
        if case .allowedValues = constraint.rule, Self.caseInsensitive.matches(field.description) {
            constraint.enforced = false
            constraint.note = "the description says the server ignores case, so values are not checked"
            return
        }
        let example = InlineText.fold(field.example ?? "")
        guard field.type != .array, field.type != .object, !example.isEmpty, example != "null", !example.contains("**"),
            !example.hasPrefix("["), !example.hasPrefix("{"),
            constraint.enforced, !RuleEvaluator.accepts(constraint.rule, value: example)
        else { return }
        constraint.enforced = false
        constraint.note = "the documented example \"\(example)\" breaks this rule, so it is not checked"
        diagnostics.append(
            Diagnostic(
                .warning,
                "\(operation.name).\(display): the documented example \"\(example)\" breaks the \(constraint.rule.kind)"
                    + " rule; the rule is kept as documentation only",
                at: field.source))
    }

    /// Counts that found no list to count: reported, not kept.
    private mutating func reportUnattached(_ pending: [PendingCount], path: [String]) {
        let display = path.filter { !$0.isEmpty }.joined(separator: ".")
        for count in pending {
            let outcome = SentenceVerdict.Outcome.prose("counts a list, but no list encloses \(display)")
            if let index = verdicts.lastIndex(where: {
                $0.sentence == count.finding.sentence && $0.location == count.location
            }) {
                verdicts[index].outcome = outcome
            }
        }
    }
}
