import SpecIR
import Testing

@testable import SwiftCodegen

@Suite("Operation groups")
struct OperationGroupResolverTests {
    /// Each group's path and operation names, in the resolver's order, for operations of these groups.
    func groups(_ operations: [(name: String, group: [String])]) -> [(path: [String], names: [String])] {
        let service = ServiceSpec(
            product: "Snip", version: "1", style: "RPC",
            operations: operations.map {
                OperationSpec(name: $0.name, group: $0.group, source: SourceLocation(file: "", line: 1))
            })
        let resolved = ServiceResolver.resolve(service, options: GenerationOptions(moduleName: "M"), commandName: nil)
        return resolved.operationGroups.map { ($0.path, $0.operations.map(\.spec.name)) }
    }

    @Test("groups in order of their first operation; one group per path, however spread")
    func firstAppearance() {
        let groups = groups([("A", ["X"]), ("B", ["Y"]), ("C", ["X"]), ("D", ["X", "Z"])])
        #expect(groups.map(\.path) == [["X"], ["Y"], ["X", "Z"]])
        #expect(groups.map(\.names) == [["A", "C"], ["B"], ["D"]])
    }

    @Test("operations in no directory: Other Operations last, or Operations when none is grouped")
    func fallback() {
        let mixed = groups([("A", []), ("B", ["X"]), ("C", [])])
        #expect(mixed.map(\.path) == [["X"], ["Other Operations"]])
        #expect(mixed.map(\.names) == [["B"], ["A", "C"]])
        let none = groups([("A", []), ("B", [])])
        #expect(none.map(\.path) == [["Operations"]])
        #expect(none.map(\.names) == [["A", "B"]])
        #expect(groups([]).isEmpty)
    }
}
