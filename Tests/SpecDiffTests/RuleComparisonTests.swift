import SpecDiff
import SpecIR
import Testing

@Suite("RuleComparison")
struct RuleComparisonTests {
    typealias S = Specs

    private func changes(_ old: [ConstraintRule], _ new: [ConstraintRule], type: FieldType = .string) -> [SpecChange] {
        S.changes(parameters: [S.field("Name", type, rules: old)], [S.field("Name", type, rules: new)])
    }

    @Test("a narrower bound is tightened, reported clearly, and not breaking")
    func narrowed() {
        let changes = changes([.length(min: 2, max: 128)], [.length(min: 2, max: 64)])
        #expect(changes.map(\.brief) == ["ruleTightened Name compatible"])
        #expect(
            changes.first?.summary
                == "parameter Name: length at most 64 (was 128); the SDK may now refuse values it accepted")
    }

    @Test("a wider bound is loosened")
    func widened() {
        let changes = changes([.range(min: "1", max: "65536")], [.range(min: "0", max: "131072")], type: .integer)
        #expect(changes.map(\.brief) == ["ruleLoosened Name compatible"])
        #expect(changes.first?.summary == "parameter Name: value at least 0 (was 1); value at most 131072 (was 65536)")
    }

    @Test("a bound raised at both ends is tightened at one and loosened at the other")
    func mixed() {
        let changes = changes([.length(min: 1, max: 64)], [.length(min: 2, max: 128)])
        #expect(changes.map(\.brief) == ["ruleTightened Name compatible", "ruleLoosened Name compatible"])
    }

    @Test("a new rule is tightened; a rule gone is loosened")
    func newAndGone() {
        #expect(changes([], [.pattern("^[a-z]+$")]).map(\.brief) == ["ruleTightened Name compatible"])
        #expect(changes([.forbiddenPrefixes(["aliyun"])], []).map(\.brief) == ["ruleLoosened Name compatible"])
        let count = S.changes(
            parameters: [S.list("Ids", of: S.field(""))],
            [S.list("Ids", of: S.field(""), rules: [.count(min: nil, max: 10)])])
        #expect(
            count.first?.summary
                == "parameter Ids: number of elements at most 10 (new rule); the SDK may now refuse values it accepted")
    }

    @Test("values added to a set of allowed values loosen it, values removed tighten it")
    func allowedValues() {
        let added = changes([.allowedValues(["1", "2"])], [.allowedValues(["1", "2", "3"])], type: .integer)
        #expect(added.map(\.summary) == ["parameter Name: now also accepts 3"])
        #expect(added.map(\.kind) == [.ruleLoosened])
        let removed = changes([.allowedValues(["1", "2"])], [.allowedValues(["1"])], type: .integer)
        #expect(removed.map(\.brief) == ["ruleTightened Name compatible"])
    }

    @Test("values added to an open enum are new cases, compatible")
    func enumValueAdded() {
        let changes = S.changes(
            parameters: [S.field("BootMode", values: ["BIOS", "UEFI"])],
            [S.field("BootMode", values: ["BIOS", "UEFI", "UEFI-Preferred"])])
        #expect(changes.map(\.brief) == ["enumValueAdded BootMode compatible"])
        #expect(changes.first?.summary == "parameter BootMode documents new values (new enum cases): UEFI-Preferred")
    }

    @Test("values removed from an open enum are breaking: their cases disappear")
    func enumValueRemoved() {
        let changes = S.changes(
            parameters: [S.field("Status", values: ["Deprecated", "Available"])],
            [S.field("Status", values: ["Available"])])
        #expect(changes.map(\.brief) == ["enumValueRemoved Status breaking"])
        #expect(
            changes.first?.summary
                == "parameter Status no longer documents Deprecated: their enum cases disappear, and the SDK may now "
                + "refuse them")
    }

    @Test("the rules of a list's elements are compared as its elements'")
    func elements() {
        let changes = S.changes(
            parameters: [S.list("Ids", of: S.field("", rules: [.length(min: nil, max: 20)]))],
            [S.list("Ids", of: S.field("", rules: [.length(min: nil, max: 30)]))])
        #expect(changes.first?.summary == "the elements of parameter Ids: length at most 30 (was 20)")
    }

    @Test("character rules: classes and characters added loosen, removed tighten")
    func characters() {
        let changes = changes(
            [.allowedCharacters(classes: [.letter, .digit], characters: "-"), .firstCharacter([.letter])],
            [.allowedCharacters(classes: [.letter], characters: "-_"), .firstCharacter([.letter, .chinese])])
        #expect(
            changes.map(\.summary) == [
                "parameter Name: may no longer contain digits; the SDK may now refuse values it accepted",
                "parameter Name: first character may now also be one of Chinese characters; may now also contain the "
                    + "characters _",
            ])
    }

    @Test("a changed pattern is both: the new one may refuse, the old one no longer applies")
    func pattern() {
        let changes = changes([.pattern("^a$")], [.pattern("^b$")])
        #expect(changes.map(\.kind) == [.ruleTightened, .ruleLoosened])
    }
}
