import SpecDiff
import SpecIR
import Testing

@Suite("TypeResolver")
struct TypeResolverTests {
    typealias S = Specs

    private func changes(_ old: Field, _ new: Field, oldTypes: [Field], newTypes: [Field]) -> [SpecChange] {
        SpecChangeReport.compare(
            old: S.service([S.operation(parameters: [old])], sharedTypes: oldTypes),
            new: S.service([S.operation(parameters: [new])], sharedTypes: newTypes)
        ).changes
    }

    @Test("a field referring to a shared struct is compared by the struct's name, not its members, at the use site")
    func sharedStructByName() {
        let before = S.field("Tag", .object, children: [S.field("Key")])
        let after = S.field("Tag", .object, children: [S.field("Key"), S.field("Value")])
        let field = S.field("Tags", .object, reference: "Tag")
        let changes = changes(field, field, oldTypes: [before], newTypes: [after])
        // Once, for the shared type; nothing for the operation.
        #expect(changes.map { "\($0.operation) \($0.brief)" } == ["Tag sharedTypeFieldAdded Value compatible"])
    }

    @Test("a field referring to another shared struct is retyped")
    func otherSharedStruct() {
        let types = [
            S.field("Tag", .object, children: [S.field("Key")]), S.field("Label", .object, children: [S.field("Key")]),
        ]
        let changes = changes(
            S.field("Tags", .object, reference: "Tag"), S.field("Tags", .object, reference: "Label"), oldTypes: types,
            newTypes: types)
        #expect(changes.map(\.brief) == ["parameterRetyped Tags breaking"])
        #expect(changes.first?.summary == "parameter Tags changed type from Tag to Label")
    }

    @Test("a reference to a shared schema that is not a struct is compared in place")
    func inlineComponent() {
        let field = S.field("Ids", .array, reference: "IdList")
        let changes = changes(
            field, field, oldTypes: [S.list("IdList", of: S.field(""))],
            newTypes: [S.list("IdList", of: S.field("", .integer))])
        #expect(changes.map(\.brief) == ["parameterRetyped Ids breaking"])
        #expect(changes.first?.summary == "parameter Ids changed type from [String] to [Int]")
    }

    @Test("a shared struct written out in place is a different type: retyped")
    func inlinedStruct() {
        let changes = changes(
            S.field("Tags", .object, reference: "Tag"), S.field("Tags", .object, children: [S.field("Key")]),
            oldTypes: [S.field("Tag", .object, children: [S.field("Key")])], newTypes: [])
        #expect(
            changes.map { "\($0.operation) \($0.brief)" } == [
                "RunInstances parameterRetyped Tags breaking", "Tag sharedTypeRemoved - breaking",
            ])
    }

    @Test("an object of any names is a map of its scalar value, else JSON")
    func maps() {
        let map = { (value: Field) in S.field("Meta", .object, item: value) }
        let toJSON = changes(map(S.field("")), map(S.field("", .object)), oldTypes: [], newTypes: [])
        #expect(toJSON.first?.summary == "parameter Meta changed type from [String: String] to JSONValue")
        let enumValue = changes(map(S.field("", values: ["a"])), map(S.field("", .any)), oldTypes: [], newTypes: [])
        #expect(enumValue.isEmpty)
    }

    @Test("a component that refers to itself in place does not loop")
    func selfReference() {
        let loop = S.list("Loop", of: S.field("", .array, reference: "Loop"))
        let field = S.field("Value", .array, reference: "Loop")
        #expect(changes(field, field, oldTypes: [loop], newTypes: [loop]).isEmpty)
    }
}
