import SpecDiff
import SpecIR
import Testing

@Suite("RuleSet")
struct RuleSetTests {
    typealias S = Specs

    @Test("rules that are not enforced are not compared: the generated code does not check them")
    func unenforced() {
        var new = S.field("Name", rules: [.length(min: nil, max: 64)])
        new.constraints[0].enforced = false
        #expect(S.changes(parameters: [S.field("Name")], [new]).isEmpty)
    }

    @Test("rules that cannot apply to the type are not compared: the generator skips them")
    func notApplicable() {
        let changes = S.changes(
            parameters: [S.field("Size", .integer)],
            [S.field("Size", .integer, rules: [.length(min: 1, max: 2), .pattern("^1$"), .count(min: nil, max: 3)])])
        #expect(changes.isEmpty)
    }

    @Test("required is not a rule here: it is a change of the parameter")
    func required() {
        let changes = S.changes(parameters: [S.field("Name")], [S.field("Name", required: true, rules: [.required])])
        #expect(changes.map(\.brief) == ["parameterMadeRequired Name breaking"])
    }

    @Test("two rules of one kind amount to the narrower")
    func combined() {
        let changes = S.changes(
            parameters: [S.field("Name", rules: [.length(min: 1, max: 128), .length(min: 2, max: 256)])],
            [S.field("Name", rules: [.length(min: 2, max: 128)])])
        #expect(changes.isEmpty)
    }

    @Test("an open enum's documented values are its cases, not a rule")
    func enumValues() {
        let changes = S.changes(
            parameters: [S.field("Mode", values: ["A"], rules: [.allowedValues(["A"])])],
            [S.field("Mode", values: ["A", "B"], rules: [.allowedValues(["A", "B"])])])
        #expect(changes.map(\.kind) == [.enumValueAdded])
    }
}
