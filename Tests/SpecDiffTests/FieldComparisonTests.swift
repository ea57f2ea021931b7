import SpecDiff
import SpecIR
import Testing

@Suite("FieldComparison")
struct FieldComparisonTests {
    typealias S = Specs

    @Test("a required parameter added is breaking: the initializer gains an argument")
    func requiredAdded() {
        let changes = S.changes(parameters: [], [S.field("ImageId", required: true)])
        #expect(changes.map(\.brief) == ["parameterAdded ImageId breaking"])
        #expect(changes.first?.summary == "required parameter ImageId added: its initializer gains an argument")
    }

    @Test("an optional parameter added is compatible")
    func optionalAdded() {
        let changes = S.changes(parameters: [], [S.field("DryRun", .boolean)])
        #expect(changes.map(\.brief) == ["parameterAdded DryRun compatible"])
    }

    @Test("a path parameter added is required whatever the spec says, so breaking")
    func pathParameterAdded() {
        let changes = S.changes(parameters: [], [S.field("ClusterId", placement: .path)])
        #expect(changes.map(\.brief) == ["parameterAdded ClusterId breaking"])
    }

    @Test("a parameter removed is breaking")
    func removed() {
        let changes = S.changes(
            parameters: [S.field("ImageId"), S.field("Amount", .integer)], [S.field("Amount", .integer)])
        #expect(changes.map(\.brief) == ["parameterRemoved ImageId breaking"])
    }

    @Test("a parameter whose Swift type changes is breaking")
    func retyped() {
        let changes = S.changes(parameters: [S.field("Amount")], [S.field("Amount", .integer)])
        #expect(changes.map(\.brief) == ["parameterRetyped Amount breaking"])
        #expect(changes.first?.summary == "parameter Amount changed type from String to Int")
    }

    @Test("a list whose element type changes is retyped")
    func elementRetyped() {
        let changes = S.changes(
            parameters: [S.list("InstanceIds", of: S.field(""))], [S.list("InstanceIds", of: S.field("", .long))])
        #expect(changes.map(\.brief) == ["parameterRetyped InstanceIds breaking"])
        #expect(changes.first?.summary == "parameter InstanceIds changed type from [String] to [Int64]")
    }

    @Test("integer to long is breaking (Int to Int64); float to double is not (both Double)")
    func wireTypes() {
        let widened = S.changes(parameters: [S.field("Size", .integer)], [S.field("Size", .long)])
        #expect(widened.map(\.brief) == ["parameterRetyped Size breaking"])
        let same = S.changes(parameters: [S.field("Ratio", .float)], [S.field("Ratio", .double)])
        #expect(same.map(\.brief) == ["parameterRetyped Ratio compatible"])
        #expect(same.first?.summary.contains("its Swift type stays Double") == true)
    }

    @Test("a string that gains documented values becomes an open enum: retyped, breaking")
    func becomesEnum() {
        let changes = S.changes(parameters: [S.field("Status")], [S.field("Status", values: ["Available"])])
        #expect(changes.map(\.brief) == ["parameterRetyped Status breaking"])
        #expect(changes.first?.summary == "parameter Status changed type from String to enum")
    }

    @Test("members of nested objects are compared recursively, through lists, with dotted paths")
    func nested() {
        let old = S.list("Tag", of: S.field("", .object, children: [S.field("Key"), S.field("Value")]))
        let new = S.list(
            "Tag", of: S.field("", .object, children: [S.field("Key", .integer), S.field("Scope", required: true)]))
        let changes = S.changes(parameters: [old], [new])
        #expect(
            changes.map(\.brief) == [
                "parameterAdded Tag.Scope breaking", "parameterRemoved Tag.Value breaking",
                "parameterRetyped Tag.Key breaking",
            ])
    }

    @Test("an optional parameter made required is breaking")
    func madeRequired() {
        let changes = S.changes(parameters: [S.field("ImageId")], [S.field("ImageId", required: true)])
        #expect(changes.map(\.brief) == ["parameterMadeRequired ImageId breaking"])
    }

    @Test("a required parameter made optional is compatible, and noted")
    func madeOptional() {
        let changes = S.changes(parameters: [S.field("ImageId", required: true)], [S.field("ImageId")])
        #expect(changes.map(\.brief) == ["parameterMadeOptional ImageId compatible"])
        #expect(changes.first?.summary == "parameter ImageId is now optional")
    }

    @Test("a nested member made required is breaking")
    func nestedMadeRequired() {
        let element = { (required: Bool) in S.field("", .object, children: [S.field("Key", required: required)]) }
        let changes = S.changes(parameters: [S.list("Tag", of: element(false))], [S.list("Tag", of: element(true))])
        #expect(changes.map(\.brief) == ["parameterMadeRequired Tag.Key breaking"])
    }

    @Test("a response field added is compatible")
    func responseAdded() {
        let changes = S.changes(response: [S.field("RequestId")], [S.field("RequestId"), S.field("OrderId")])
        #expect(changes.map(\.brief) == ["responseFieldAdded OrderId compatible"])
    }

    @Test("a response field removed is breaking")
    func responseRemoved() {
        let changes = S.changes(response: [S.field("RequestId"), S.field("OrderId")], [S.field("RequestId")])
        #expect(changes.map(\.brief) == ["responseFieldRemoved OrderId breaking"])
    }

    @Test("a response field retyped is breaking, found deep in nested objects and lists")
    func responseRetyped() {
        let instances = { (type: FieldType) in
            S.field(
                "Instances", .object,
                children: [S.list("Instance", of: S.field("", .object, children: [S.field("Cpu", type)]))])
        }
        let changes = S.changes(response: [instances(.integer)], [instances(.string)])
        #expect(changes.map(\.brief) == ["responseFieldRetyped Instances.Instance.Cpu breaking"])
    }

    @Test("whether a response field is required, and its rules, do not matter: every member is optional")
    func responseRequiredAndRules() {
        let changes = S.changes(
            response: [S.field("RequestId")], [S.field("RequestId", required: true, rules: [.length(min: 1, max: 64)])])
        #expect(changes.isEmpty)
    }

    @Test("parameters are matched by wire name: the first of a repeated name, names differing in case apart")
    func matching() {
        let old = [S.field("key"), S.field("Key"), S.field("Key", .integer)]
        let new = [S.field("Key"), S.field("KEY")]
        #expect(
            S.changes(parameters: old, new).map(\.brief) == [
                "parameterAdded KEY compatible", "parameterRemoved key breaking",
            ])
    }
}
