import Foundation
import SpecDiff
import SpecIR
import Testing

@Suite("SpecChangeReport")
struct SpecChangeReportTests {
    @Test("an operation added is compatible")
    func operationAdded() {
        let report = SpecChangeReport.compare(
            old: Specs.service([Specs.operation("A")]),
            new: Specs.service([Specs.operation("A"), Specs.operation("B")]))
        #expect(report.changes.map(\.brief) == ["operationAdded - compatible"])
        #expect(report.changes.first?.operation == "B")
        #expect(!report.isBreaking)
    }

    @Test("an operation removed is breaking")
    func operationRemoved() {
        let report = SpecChangeReport.compare(
            old: Specs.service([Specs.operation("A"), Specs.operation("B")]),
            new: Specs.service([Specs.operation("B")]))
        #expect(report.changes.map(\.brief) == ["operationRemoved - breaking"])
        #expect(report.changes.first?.operation == "A")
        #expect(report.isBreaking)
        #expect(report.breaking == report.changes)
    }

    @Test("identical specs report no changes")
    func identical() {
        let spec = Specs.service([Specs.operation(parameters: [Specs.field("ImageId", required: true)])])
        let report = SpecChangeReport.compare(old: spec, new: spec)
        #expect(report.changes.isEmpty)
        #expect(report.text == "Ecs 2014-05-26 → 2014-05-26: no changes")
    }

    @Test("documentation alone is not a change")
    func documentationOnly() {
        let old = Specs.service([
            Specs.operation(
                parameters: [Specs.field("ImageId", required: true)], response: [Specs.field("RequestId")],
                errors: ["InvalidImageId.NotFound"])
        ])
        var new = old
        new.operations[0].title = "创建实例"
        new.operations[0].summary = "Creates instances."
        new.operations[0].source = SourceLocation(file: "other.json", line: 42)
        new.operations[0].parameters[0].description = "The image."
        new.operations[0].parameters[0].example = "m-123"
        new.operations[0].parameters[0].defaultValue = "m-1"
        new.operations[0].parameters[0].source = SourceLocation(file: "other.json", line: 43)
        new.operations[0].response.fields[0].description = "The request."
        new.operations[0].response.example = "{}"
        new.operations[0].errors[0].message = "The image does not exist."
        new.operations[0].errors[0].httpStatus = 404
        #expect(SpecChangeReport.compare(old: old, new: new).changes.isEmpty)
    }

    @Test("the same specs give the same bytes, whatever the order of their operations")
    func deterministic() {
        let operations = (0..<20).map { index in
            Specs.operation("Op\(index)", parameters: [Specs.field("P\(index)", required: index.isMultiple(of: 2))])
        }
        let old = Specs.service(Array(operations.prefix(12)))
        let new = Specs.service(Array(operations.suffix(12)).reversed())
        let first = SpecChangeReport.compare(old: old, new: new)
        let second = SpecChangeReport.compare(old: Specs.service(old.operations.reversed()), new: new)
        #expect(first.text == second.text)
        #expect(first.json() == second.json())
        #expect(first.changes == first.changes.sorted())
    }
}
