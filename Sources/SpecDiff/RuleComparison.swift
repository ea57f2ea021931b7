import SpecIR

/// How the rules checked on one value changed: what may now be refused, and what is now accepted, in words.
struct RuleComparison: Sendable, Equatable {
    /// Phrases for rules that may now refuse values they accepted.
    var tightened: [String] = []
    /// Phrases for rules that now accept values they refused.
    var loosened: [String] = []

    /// Compares the rules of one value in the old spec and the new.
    init(old: RuleSet, new: RuleSet) {
        guard old != new else { return }
        for measure in RuleSet.Measure.allCases {
            let before = old.bounds[measure] ?? RuleSet.Bounds()
            let after = new.bounds[measure] ?? RuleSet.Bounds()
            compareBound(measure.words, "at least", before.min, after.min, tighterWhenLarger: true)
            compareBound(measure.words, "at most", before.max, after.max, tighterWhenLarger: false)
        }
        compareAllowedValues(old.allowedValues, new.allowedValues)
        compareFirstCharacter(old.firstCharacter, new.firstCharacter)
        compareCharacters(old.allowedCharacters, new.allowedCharacters)
        compareListed(
            old.forbiddenPrefixes, new.forbiddenPrefixes, banned: "must not start with", freed: "may now start with")
        compareListed(
            old.forbiddenSubstrings, new.forbiddenSubstrings, banned: "must not contain", freed: "may now contain")
        for pattern in new.patterns where !old.patterns.contains(pattern) { tightened.append("must match \(pattern)") }
        for pattern in old.patterns where !new.patterns.contains(pattern) {
            loosened.append("no longer has to match \(pattern)")
        }
    }

    private mutating func compareBound(
        _ measure: String, _ relation: String, _ old: String?, _ new: String?, tighterWhenLarger: Bool
    ) {
        switch (old, new) {
        case (nil, let new?):
            tightened.append("\(measure) \(relation) \(new) (new rule)")
        case (let old?, nil):
            loosened.append("\(measure) no longer \(relation) \(old)")
        case (let old?, let new?) where old != new:
            let phrase = "\(measure) \(relation) \(new) (was \(old))"
            guard let before = Double(old), let after = Double(new), before != after else {
                // Bounds that are not numbers cannot be ordered: say the rule may refuse more.
                tightened.append(phrase)
                return
            }
            if (after > before) == tighterWhenLarger { tightened.append(phrase) } else { loosened.append(phrase) }
        default:
            break
        }
    }

    private mutating func compareAllowedValues(_ old: [String]?, _ new: [String]?) {
        switch (old, new) {
        case (nil, let new?):
            tightened.append("must be one of \(Self.list(new)) (new rule)")
        case (let old?, nil):
            loosened.append("no longer limited to \(Self.list(old))")
        case (let old?, let new?):
            let added = new.filter { !old.contains($0) }
            let removed = old.filter { !new.contains($0) }
            if !added.isEmpty { loosened.append("now also accepts \(Self.list(added))") }
            if !removed.isEmpty { tightened.append("no longer accepts \(Self.list(removed))") }
        default:
            break
        }
    }

    private mutating func compareFirstCharacter(_ old: [CharacterClass]?, _ new: [CharacterClass]?) {
        switch (old, new) {
        case (nil, let new?):
            tightened.append("first character must be one of \(Self.words(new)) (new rule)")
        case (let old?, nil):
            loosened.append("first character no longer limited to \(Self.words(old))")
        case (let old?, let new?):
            let added = new.filter { !old.contains($0) }
            let removed = old.filter { !new.contains($0) }
            if !added.isEmpty { loosened.append("first character may now also be one of \(Self.words(added))") }
            if !removed.isEmpty { tightened.append("first character may no longer be one of \(Self.words(removed))") }
        default:
            break
        }
    }

    private mutating func compareCharacters(_ old: RuleSet.CharacterRule?, _ new: RuleSet.CharacterRule?) {
        switch (old, new) {
        case (nil, let new?):
            tightened.append("may contain only \(Self.words(new)) (new rule)")
        case (let old?, nil):
            loosened.append("no longer limited to \(Self.words(old))")
        case (let old?, let new?):
            let added = RuleSet.CharacterRule(
                classes: new.classes.filter { !old.classes.contains($0) },
                characters: String(new.characters.filter { !old.characters.contains($0) }))
            let removed = RuleSet.CharacterRule(
                classes: old.classes.filter { !new.classes.contains($0) },
                characters: String(old.characters.filter { !new.characters.contains($0) }))
            if !added.classes.isEmpty || !added.characters.isEmpty {
                loosened.append("may now also contain \(Self.words(added))")
            }
            if !removed.classes.isEmpty || !removed.characters.isEmpty {
                tightened.append("may no longer contain \(Self.words(removed))")
            }
        default:
            break
        }
    }

    private mutating func compareListed(_ old: [String], _ new: [String], banned: String, freed: String) {
        let added = new.filter { !old.contains($0) }
        let removed = old.filter { !new.contains($0) }
        if !added.isEmpty { tightened.append("\(banned) \(Self.list(added))") }
        if !removed.isEmpty { loosened.append("\(freed) \(Self.list(removed))") }
    }

    /// Values as a list in words: `a, b, c`.
    static func list(_ values: [String]) -> String {
        values.map { $0.isEmpty ? "\"\"" : $0 }.joined(separator: ", ")
    }

    private static func words(_ classes: [CharacterClass]) -> String {
        classes.map(\.words).joined(separator: ", ")
    }

    private static func words(_ rule: RuleSet.CharacterRule) -> String {
        let characters = rule.characters.isEmpty ? [] : ["the characters \(rule.characters)"]
        return (rule.classes.map(\.words) + characters).joined(separator: ", ")
    }
}

extension CharacterClass {
    /// The class, in words.
    var words: String {
        switch self {
        case .letter: "letters"
        case .uppercaseLetter: "upper-case letters"
        case .lowercaseLetter: "lower-case letters"
        case .digit: "digits"
        case .unicodeLetter: "letters of any script"
        case .chinese: "Chinese characters"
        case .ascii: "printable ASCII characters"
        }
    }
}
