import SpecDiff
import SpecIR
import Testing

@Suite("SharedTypeComparison")
struct SharedTypeComparisonTests {
    typealias S = Specs

    private func changes(_ old: [Field], _ new: [Field]) -> [SpecChange] {
        SpecChangeReport.compare(old: S.service([], sharedTypes: old), new: S.service([], sharedTypes: new)).changes
    }

    @Test("a shared struct added is compatible, removed is breaking")
    func addedAndRemoved() {
        let changes = changes(
            [S.field("Gone", .object, children: [S.field("Id")])], [S.field("New", .object, children: [S.field("Id")])])
        #expect(
            changes.map { "\($0.operation) \($0.brief)" } == [
                "Gone sharedTypeRemoved - breaking", "New sharedTypeAdded - compatible",
            ])
    }

    @Test("members of a shared struct are all optional: added is compatible even when required")
    func memberAdded() {
        let changes = changes(
            [S.field("Tag", .object, children: [S.field("Key")])],
            [S.field("Tag", .object, children: [S.field("Key"), S.field("Value", required: true)])])
        #expect(changes.map(\.brief) == ["sharedTypeFieldAdded Value compatible"])
    }

    @Test("a member of a shared struct removed or retyped is breaking")
    func memberRemovedAndRetyped() {
        let changes = changes(
            [S.field("Tag", .object, children: [S.field("Key"), S.field("Value")])],
            [S.field("Tag", .object, children: [S.field("Key", .integer)])])
        #expect(
            changes.map(\.brief) == [
                "sharedTypeFieldRemoved Value breaking", "sharedTypeFieldRetyped Key breaking",
            ])
    }

    @Test("shared schemas that are not structs are not types of their own")
    func notStructs() {
        #expect(changes([S.list("Ids", of: S.field(""))], []).isEmpty)
    }

    @Test("the text names a shared type as such")
    func text() {
        let report = SpecChangeReport.compare(
            old: S.service([], sharedTypes: [S.field("Tag", .object, children: [S.field("Key")])]),
            new: S.service([]))
        #expect(
            report.text == """
                Ecs 2014-05-26 → 2014-05-26: 0 operations added, 0 removed, 0 changed, 1 shared type changed; \
                1 change, 1 breaking
                  BREAKING shared type Tag: shared type removed
                """)
    }
}
