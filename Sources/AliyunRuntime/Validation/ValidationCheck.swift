/// One documented check on a member and the rule that states it: an entry of a generated rule table
/// (``MemberRules``), which ``RequestValidator`` interprets, so a generated type carries its rules as data
/// instead of a call per check.
public struct ValidationCheck: Sendable {
    enum Kind: Sendable {
        case present
        case length(min: Int?, max: Int?)
        case integerRange(min: Int64?, max: Int64?)
        case numberRange(min: Double?, max: Double?)
        case count(min: Int?, max: Int?)
        case allowedValues([String])
        case documentedValue([String])
        case firstCharacter([ValidationCharacterClass])
        case allowedCharacters([ValidationCharacterClass], String)
        case forbiddenPrefixes([String])
        case forbiddenSubstrings([String])
        case pattern(String)
    }

    let kind: Kind
    /// The documented rule: its sentence, the server's error code and whether it may go stale.
    public let rule: DocumentedRule

    /// Present: text or a list that is not empty.
    public static func present(rule: DocumentedRule) -> Self { Self(kind: .present, rule: rule) }

    /// A length in characters.
    public static func length(min: Int?, max: Int?, rule: DocumentedRule) -> Self {
        Self(kind: .length(min: min, max: max), rule: rule)
    }

    /// An integer range with integer bounds.
    public static func integerRange(min: Int64?, max: Int64?, rule: DocumentedRule) -> Self {
        Self(kind: .integerRange(min: min, max: max), rule: rule)
    }

    /// A numeric range: a number, or text that must parse as one.
    public static func numberRange(min: Double?, max: Double?, rule: DocumentedRule) -> Self {
        Self(kind: .numberRange(min: min, max: max), rule: rule)
    }

    /// A number of list elements.
    public static func count(min: Int?, max: Int?, rule: DocumentedRule) -> Self {
        Self(kind: .count(min: min, max: max), rule: rule)
    }

    /// One of the documented values.
    public static func allowedValues(_ values: [String], rule: DocumentedRule) -> Self {
        Self(kind: .allowedValues(values), rule: rule)
    }

    /// For an open enum: one of the documented values, unless the caller chose the undocumented case (then it
    /// is recorded, not a violation).
    public static func documentedValue(_ values: [String], rule: DocumentedRule) -> Self {
        Self(kind: .documentedValue(values), rule: rule)
    }

    /// The first character in one of the classes.
    public static func firstCharacter(_ classes: [ValidationCharacterClass], rule: DocumentedRule) -> Self {
        Self(kind: .firstCharacter(classes), rule: rule)
    }

    /// Every character in one of the classes or among `characters`.
    public static func allowedCharacters(
        classes: [ValidationCharacterClass], characters: String, rule: DocumentedRule
    ) -> Self {
        Self(kind: .allowedCharacters(classes, characters), rule: rule)
    }

    /// Not starting with any of the prefixes.
    public static func forbiddenPrefixes(_ prefixes: [String], rule: DocumentedRule) -> Self {
        Self(kind: .forbiddenPrefixes(prefixes), rule: rule)
    }

    /// Not containing any of the substrings.
    public static func forbiddenSubstrings(_ substrings: [String], rule: DocumentedRule) -> Self {
        Self(kind: .forbiddenSubstrings(substrings), rule: rule)
    }

    /// Matching the documented pattern (checked in linear time; see ``CompiledPatterns``).
    public static func pattern(_ pattern: String, rule: DocumentedRule) -> Self {
        Self(kind: .pattern(pattern), rule: rule)
    }
}

extension RequestValidator {
    /// Applies a check to a scalar at `path`, as the `check…` method of its kind does (generated rule tables,
    /// and servers that check requests from the spec at run time).
    public mutating func apply(_ check: ValidationCheck, to value: some ValidationSubject, path: String) {
        let rule = check.rule
        switch check.kind {
        case .present: checkPresent(!value.rpcQueryValue.isEmpty, path: path, rule: rule)
        case .length(let min, let max): checkLength(value.rpcQueryValue, min: min, max: max, path: path, rule: rule)
        case .integerRange(let min, let max):
            if let integer = value.validationInteger {
                checkRange(integer, min: min, max: max, path: path, rule: rule)
            }
        case .numberRange(let min, let max):
            if let number = value.validationNumber {
                checkRange(number, min: min, max: max, path: path, rule: rule)
            } else {
                checkRange(value.rpcQueryValue, min: min, max: max, path: path, rule: rule)
            }
        case .count: break
        case .allowedValues(let values): checkAllowedValues(value.rpcQueryValue, values, path: path, rule: rule)
        case .documentedValue(let values):
            checkDocumentedValue(
                value.rpcQueryValue, isDocumented: value.isDocumentedValue, values, path: path, rule: rule)
        case .firstCharacter(let classes): checkFirstCharacter(value.rpcQueryValue, classes, path: path, rule: rule)
        case .allowedCharacters(let classes, let characters):
            checkAllowedCharacters(
                value.rpcQueryValue, classes: classes, characters: characters, path: path, rule: rule)
        case .forbiddenPrefixes(let prefixes):
            checkForbiddenPrefixes(value.rpcQueryValue, prefixes, path: path, rule: rule)
        case .forbiddenSubstrings(let substrings):
            checkForbiddenSubstrings(value.rpcQueryValue, substrings, path: path, rule: rule)
        case .pattern(let pattern): checkPattern(value.rpcQueryValue, pattern, path: path, rule: rule)
        }
    }

    /// Applies a check on a list as a whole: present (not empty) or a count.
    public mutating func apply(_ check: ValidationCheck, toCount count: Int, path: String) {
        switch check.kind {
        case .present: checkPresent(count > 0, path: path, rule: check.rule)
        case .count(let min, let max): checkCount(count, min: min, max: max, path: path, rule: check.rule)
        default: break
        }
    }
}
