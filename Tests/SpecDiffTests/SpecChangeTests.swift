import Foundation
import SpecDiff
import Testing

@Suite("SpecChange")
struct SpecChangeTests {
    @Test("changes order by operation, then kind in declaration order, then subject")
    func order() {
        let changes = [
            SpecChange(operation: "B", kind: .operationAdded, summary: "", isBreaking: false),
            SpecChange(operation: "A", kind: .errorAdded, subject: "Z", summary: "", isBreaking: false),
            SpecChange(operation: "A", kind: .errorAdded, subject: "Y", summary: "", isBreaking: false),
            SpecChange(operation: "A", kind: .parameterAdded, subject: "Z", summary: "", isBreaking: false),
        ]
        #expect(
            changes.sorted().map(\.brief) == [
                "parameterAdded Z compatible", "errorAdded Y compatible", "errorAdded Z compatible",
                "operationAdded - compatible",
            ])
    }

    @Test("kinds order as declared")
    func kindOrder() {
        #expect(SpecChange.Kind.allCases.sorted() == SpecChange.Kind.allCases)
        #expect(SpecChange.Kind.operationAdded < .operationRemoved)
        #expect(!(SpecChange.Kind.errorRemoved < .errorAdded))
    }

    @Test("a change encodes its kind by name and leaves out a missing subject")
    func coding() throws {
        let change = SpecChange(operation: "RunInstances", kind: .operationRemoved, summary: "gone", isBreaking: true)
        let data = try JSONEncoder().encode(change)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["kind"] as? String == "operationRemoved")
        #expect(object["subject"] == nil)
        #expect(try JSONDecoder().decode(SpecChange.self, from: data) == change)
    }
}
