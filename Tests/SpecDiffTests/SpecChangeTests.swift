import SpecDiff
import Testing

@Suite("SpecChange")
struct SpecChangeTests {
    @Test("a change keeps what it was given")
    func keeps() {
        let change = SpecChange(operation: "RunInstances", summary: "removed", isBreaking: true)
        #expect(change.isBreaking)
    }
}
