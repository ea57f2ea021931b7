import AliyunRuntime
import Testing

/// A value with one member of each kind a rule table has rows for.
struct RuleTableForm: Sendable {
    enum Mode: OpenEnum {
        case fast, slow
        case undocumented(String)

        static let documentedCases: [Self] = [.fast, .slow]

        init(rawValue: String) {
            switch rawValue {
            case "fast": self = .fast
            case "slow": self = .slow
            default: self = .undocumented(rawValue)
            }
        }

        var rawValue: String {
            switch self {
            case .fast: "fast"
            case .slow: "slow"
            case .undocumented(let value): value
            }
        }
    }

    struct Part: ValidatableValue {
        var label: String

        func validate(into validator: inout RequestValidator, prefix: String) {
            validator.check(
                self, against: [.requiredScalar("Label", \.label, .length(min: 2, max: nil, rule: rule))],
                prefix: prefix)
        }
    }

    var name: String
    var size: Int?
    var ratio: String?
    var mode: Mode?
    var tags: [String]?
    var parts: [Part]
    var main: Part?
}

private let rule = DocumentedRule("the sentence", errorCode: "Invalid", trust: .stable)

@Suite("Rule tables: each row checks as the call it replaces")
struct MemberRulesTests {
    static let rules: [MemberRules<RuleTableForm>] = [
        .requiredScalar(
            "Name", \.name, .present(rule: rule), .length(min: 2, max: 4, rule: rule),
            .firstCharacter([.letter], rule: rule), .allowedCharacters(classes: [.letter], characters: "-", rule: rule),
            .forbiddenPrefixes(["ab"], rule: rule), .forbiddenSubstrings(["c"], rule: rule),
            .pattern("^[a-z]+$", rule: rule)),
        .scalar("Size", \.size, .integerRange(min: 1, max: 10, rule: rule), .allowedValues(["1", "2"], rule: rule)),
        .scalar("Ratio", \.ratio, .numberRange(min: 0.5, max: 1, rule: rule)),
        .scalar("Mode", \.mode, .documentedValue(["fast"], rule: rule)),
        .list("Tag", \.tags, .count(min: nil, max: 1, rule: rule)),
        .elements("Tag", \.tags, .length(min: nil, max: 1, rule: rule)),
        .requiredList("Part", \.parts, .present(rule: rule)),
        .requiredObjects("Part", \.parts),
        .object("Main", \.main),
    ]

    /// The same checks as calls, in the same order: what generated code did before rule tables.
    static func byCalls(_ form: RuleTableForm) -> RequestValidator {
        var validator = RequestValidator()
        validator.checkPresent(!form.name.isEmpty, path: "Name", rule: rule)
        validator.checkLength(form.name, min: 2, max: 4, path: "Name", rule: rule)
        validator.checkFirstCharacter(form.name, [.letter], path: "Name", rule: rule)
        validator.checkAllowedCharacters(form.name, classes: [.letter], characters: "-", path: "Name", rule: rule)
        validator.checkForbiddenPrefixes(form.name, ["ab"], path: "Name", rule: rule)
        validator.checkForbiddenSubstrings(form.name, ["c"], path: "Name", rule: rule)
        validator.checkPattern(form.name, "^[a-z]+$", path: "Name", rule: rule)
        if let size = form.size {
            validator.checkRange(size, min: 1, max: 10, path: "Size", rule: rule)
            validator.checkAllowedValues(size.rpcQueryValue, ["1", "2"], path: "Size", rule: rule)
        }
        if let ratio = form.ratio { validator.checkRange(ratio, min: 0.5, max: 1, path: "Ratio", rule: rule) }
        if let mode = form.mode { validator.checkDocumentedValue(mode, ["fast"], path: "Mode", rule: rule) }
        if let tags = form.tags {
            validator.checkCount(tags.count, min: nil, max: 1, path: "Tag", rule: rule)
            for (index, tag) in tags.enumerated() {
                validator.checkLength(tag, min: nil, max: 1, path: "Tag" + ".\(index + 1)", rule: rule)
            }
        }
        validator.checkPresent(!form.parts.isEmpty, path: "Part", rule: rule)
        for (index, part) in form.parts.enumerated() { part.validate(into: &validator, prefix: "Part.\(index + 1).") }
        form.main?.validate(into: &validator, prefix: "Main.")
        return validator
    }

    @Test(
        "violations, messages, paths and undocumented values are the calls' own",
        arguments: [
            RuleTableForm(
                name: "", size: 11, ratio: "x", mode: .slow, tags: ["ab", "c"], parts: [],
                main: RuleTableForm.Part(label: "")),
            RuleTableForm(
                name: "abc-9", size: 2, ratio: "0.1", mode: .undocumented("new"), tags: ["a"],
                parts: [RuleTableForm.Part(label: "x")], main: nil),
            RuleTableForm(
                name: "xy", size: nil, ratio: "1", mode: .fast, tags: nil, parts: [RuleTableForm.Part(label: "ok")],
                main: nil),
        ])
    func sameAsCalls(_ form: RuleTableForm) {
        var table = RequestValidator()
        table.check(form, against: Self.rules, prefix: "")
        let calls = Self.byCalls(form)
        #expect(table.violations == calls.violations)
        #expect(table.undocumentedValues == calls.undocumentedValues)
    }

    @Test("a nested table's paths start with the prefix it is given")
    func prefixes() {
        var validator = RequestValidator()
        let form = RuleTableForm(
            name: "xy", parts: [RuleTableForm.Part(label: "ok"), RuleTableForm.Part(label: "")],
            main: RuleTableForm.Part(label: "q"))
        validator.check(form, against: Self.rules, prefix: "Outer.")
        #expect(validator.violations.map(\.path) == ["Outer.Part.2.Label", "Outer.Main.Label"])
    }
}
