import SpecIR

/// One line per constraint for doc comments: what `validate()` checks, whether the rule can go stale
/// (``SpecIR/ConstraintTrust``: only a stable rule blocks a call in the default validation mode), and what
/// it leaves to the server.
enum ConstraintSummary {
    static func lines(_ constraints: [Constraint], type: SwiftType?) -> [String] {
        constraints.map { constraint in
            let code = constraint.errorCode.code.map { " (`\($0)`)" } ?? ""
            guard constraint.enforced else {
                return "- Not checked, \(trust(constraint.trust)): \(describe(constraint.rule)) — "
                    + (constraint.note ?? "documentation only")
            }
            if let type {
                switch CheckPlanner.applicability(constraint.rule, type: type) {
                case .checked: break
                case .enforcedByType:
                    return
                        "- Checked by the type, stable: \(describe(constraint.rule)), the initialiser takes a value\(code)"
                case .notApplicable(let reason):
                    return "- Not checked, \(trust(constraint.trust)): \(describe(constraint.rule)) — \(reason)"
                }
            }
            return "- Checked, \(trust(constraint.trust)): \(describe(constraint.rule))\(code)"
        }
    }

    /// How a doc comment names a trust class.
    static func trust(_ trust: ConstraintTrust) -> String {
        switch trust {
        case .stable: "stable"
        case .volatile: "may go stale"
        }
    }

    static func describe(_ rule: ConstraintRule) -> String {
        func bounds(_ min: String?, _ max: String?, unit: String) -> String {
            switch (min, max) {
            case (let min?, let max?): "\(min) to \(max)\(unit)"
            case (let min?, nil): "at least \(min)\(unit)"
            case (nil, let max?): "at most \(max)\(unit)"
            case (nil, nil): "any"
            }
        }
        func quoted(_ values: [String]) -> String { values.map { "`\($0)`" }.joined(separator: ", ") }
        switch rule {
        case .required: return "required"
        case .length(let min, let max):
            return "length " + bounds(min.map(String.init), max.map(String.init), unit: " characters")
        case .range(let min, let max): return "value " + bounds(min, max, unit: "")
        case .count(let min, let max):
            return "count " + bounds(min.map(String.init), max.map(String.init), unit: " elements")
        case .allowedValues(let values): return "one of " + quoted(values)
        case .firstCharacter(let classes): return "starts with " + classes.map(\.rawValue).joined(separator: " or ")
        case .allowedCharacters(let classes, let characters):
            let extra = characters.isEmpty ? "" : " or " + quoted(characters.map(String.init))
            return "characters: " + classes.map(\.rawValue).joined(separator: ", ") + extra
        case .forbiddenPrefixes(let values): return "does not start with " + quoted(values)
        case .forbiddenSubstrings(let values): return "does not contain " + quoted(values)
        case .pattern(let pattern): return "matches `\(pattern)`"
        }
    }
}
