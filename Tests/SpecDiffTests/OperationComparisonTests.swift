import SpecDiff
import SpecIR
import Testing

@Suite("OperationComparison")
struct OperationComparisonTests {
    typealias S = Specs

    @Test("an error code documented anew is compatible")
    func errorAdded() {
        let changes = S.changes(S.operation(errors: ["A"]), S.operation(errors: ["A", "Throttling.User"]))
        #expect(changes.map(\.brief) == ["errorAdded Throttling.User compatible"])
    }

    @Test("an error code no longer documented is breaking: its constant disappears")
    func errorRemoved() {
        let changes = S.changes(S.operation(errors: ["A", "Gone"]), S.operation(errors: ["A"]))
        #expect(changes.map(\.brief) == ["errorRemoved Gone breaking"])
        #expect(changes.first?.summary == "error code Gone is no longer documented: its constant disappears")
    }

    @Test("a code documented under two statuses is one constant")
    func repeatedCode() {
        var old = S.operation(errors: ["Busy", "Busy"])
        old.errors[1].httpStatus = 503
        let changes = S.changes(old, S.operation(errors: ["Busy"]))
        #expect(changes.isEmpty)
    }

    @Test("an answer that is a shared type is compared by its members")
    func referencedAnswer() {
        var old = S.operation()
        old.response.reference = "Cluster"
        var new = old
        new.response.reference = "ClusterV2"
        let types = [
            S.field("Cluster", .object, children: [S.field("Id"), S.field("Name")]),
            S.field("ClusterV2", .object, children: [S.field("Id")]),
        ]
        let report = SpecChangeReport.compare(
            old: S.service([old], sharedTypes: types), new: S.service([new], sharedTypes: types))
        #expect(report.changes.map(\.brief) == ["responseFieldRemoved Name breaking"])
    }

    @Test("an answer that becomes raw bytes is breaking")
    func rawAnswer() {
        var new = S.operation()
        new.response.isRawBody = true
        let changes = S.changes(S.operation(), new)
        #expect(changes.map(\.brief) == ["responseFieldRetyped - breaking"])
    }
}
