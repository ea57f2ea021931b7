import SpecIR

/// Turns structured schema limits into constraints and reconciles them with the prose ones.
///
/// A schema limit that the prose states the same way adds nothing. One that adds a bound the
/// prose does not state becomes a constraint of its own (origin `schema`), so that each
/// constraint quotes exactly its source. One that disagrees with the prose (a bound both state,
/// with different values) resolves to the permissive side: only the widest rule, bound by bound
/// (``RuleWidening``), is checked; the stricter one is kept as documentation, not enforced; the
/// generator warns once, naming both locations.
enum SchemaConstraints {
    static func reconcile(
        _ constraints: [Constraint], limits: SchemaLimits, field: Field, path: String, diagnostics: inout [Diagnostic]
    ) -> [Constraint] {
        var result = constraints
        func add(_ rule: ConstraintRule, _ text: String, keys: [String]) {
            let location = limits.location(of: keys) ?? field.source
            let schema = Constraint(rule: rule, provenance: Provenance(origin: .schema, text: text, location: location))
            let index = result.lastIndex { $0.rule.kind == rule.kind }.map { $0 + 1 } ?? result.count
            guard
                let proseIndex = result.firstIndex(where: {
                    $0.rule.kind == rule.kind && $0.provenance.origin == .prose
                })
            else {
                result.insert(schema, at: index)
                return
            }
            let prose = result[proseIndex]
            if compatible(prose.rule, rule) {
                if ConstraintMerge.combine(prose.rule, rule) != prose.rule {
                    result.insert(schema, at: index)
                } else if RuleWidening.same(prose.rule, rule) {
                    // The schema states the same rule: it is as lasting as the schema's own.
                    result[proseIndex].trust = schema.trust
                }
                return
            }
            let resolution = RuleWidening.resolve(prose, schema)
            result[proseIndex] = resolution.first
            result.insert(contentsOf: [resolution.second] + (resolution.widened.map { [$0] } ?? []), at: index)
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "\(path): the description (at \(prose.provenance.location.position)) says \(describe(prose.rule))"
                        + " but the schema (at \(location.position)) says \(text); only the wider, "
                        + "\(describe(resolution.checked)), is checked, the stricter is kept as documentation",
                    at: field.source))
        }
        if limits.minLength != nil || limits.maxLength != nil, field.type == .string {
            add(
                .length(min: limits.minLength, max: limits.maxLength),
                keys(("minLength", limits.minLength), ("maxLength", limits.maxLength)),
                keys: ["minLength", "maxLength"])
        }
        if limits.minimum != nil || limits.maximum != nil {
            add(
                .range(min: limits.minimum, max: limits.maximum),
                keys(("minimum", limits.minimum), ("maximum", limits.maximum)), keys: ["minimum", "maximum"])
        }
        if limits.minItems != nil || limits.maxItems != nil {
            add(
                .count(min: limits.minItems, max: limits.maxItems),
                keys(("minItems", limits.minItems), ("maxItems", limits.maxItems)), keys: ["minItems", "maxItems"])
        }
        if let pattern = limits.pattern, field.type == .string {
            add(.pattern(pattern), "pattern: \(pattern)", keys: ["pattern"])
            let schemaPattern = { (constraint: Constraint) in
                constraint.rule == .pattern(pattern) && constraint.provenance.origin == .schema
            }
            if let hazard = PatternHazard.of(pattern), let index = result.firstIndex(where: schemaPattern) {
                // Never run: the runtime's linear-time matcher cannot, client or server side.
                result[index].enforced = false
                result[index].note = "not checked: the pattern \(hazard)"
                let location = limits.location(of: ["pattern"]) ?? field.source
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "\(path): the schema's pattern (at \(location.position)) \(hazard); it is kept as "
                            + "documentation and not checked",
                        at: field.source))
            }
        }
        return result
    }

    /// The schema's bounds are compatible when no bound that both give differs; the schema may add
    /// a bound the prose does not state.
    static func compatible(_ prose: ConstraintRule, _ schema: ConstraintRule) -> Bool {
        func same<T: Equatable>(_ first: T?, _ second: T?) -> Bool { first == nil || second == nil || first == second }
        switch (prose, schema) {
        case (.length(let min1, let max1), .length(let min2, let max2)),
            (.count(let min1, let max1), .count(let min2, let max2)):
            return same(min1, min2) && same(max1, max2)
        case (.range(let min1, let max1), .range(let min2, let max2)):
            return same(min1.flatMap(Double.init), min2.flatMap(Double.init))
                && same(max1.flatMap(Double.init), max2.flatMap(Double.init))
        default:
            return prose == schema
        }
    }

    private static func keys(_ pairs: (String, (any CustomStringConvertible)?)...) -> String {
        pairs.compactMap { key, value in value.map { "\(key): \($0)" } }.joined(separator: ", ")
    }

    static func describe(_ rule: ConstraintRule) -> String {
        func bounds(_ min: String?, _ max: String?) -> String {
            switch (min, max) {
            case (let min?, let max?): "\(min) to \(max)"
            case (let min?, nil): "at least \(min)"
            case (nil, let max?): "at most \(max)"
            case (nil, nil): "unbounded"
            }
        }
        switch rule {
        case .length(let min, let max): return "length " + bounds(min.map(String.init), max.map(String.init))
        case .count(let min, let max): return "count " + bounds(min.map(String.init), max.map(String.init))
        case .range(let min, let max): return "range " + bounds(min, max)
        case .allowedValues(let values): return "one of " + values.joined(separator: ", ")
        default: return rule.kind
        }
    }
}
