import SpecDiff
import SpecIR
import Testing

@Suite("SpecChangeReport text")
struct SpecChangeReportTextTests {
    @Test("the text has a header of counts and a line per change, breaking ones marked")
    func text() {
        let old = Specs.service([
            Specs.operation("Gone"), Specs.operation("RunInstances", parameters: [Specs.field("ImageId")]),
        ])
        let new = Specs.service([
            Specs.operation("RunInstances", parameters: [Specs.field("ImageId", required: true)]),
            Specs.operation("New"),
        ])
        let text = SpecChangeReport.compare(old: old, new: new).text
        #expect(
            text == """
                Ecs 2014-05-26 → 2014-05-26: 1 operation added, 1 removed, 1 changed; 3 changes, 2 breaking
                  BREAKING Gone: operation removed: its client method and types disappear
                           New: operation added: a new client method
                  BREAKING RunInstances: parameter ImageId is now required: no longer optional, and an initializer \
                argument
                """)
    }

    @Test("specs of two products name both")
    func twoProducts() {
        var new = Specs.service([])
        new.product = "Vpc"
        new.version = "2016-04-28"
        let report = SpecChangeReport.compare(old: Specs.service([]), new: new)
        #expect(report.text == "Ecs → Vpc 2014-05-26 → 2016-04-28: no changes")
    }

    @Test("a rule tightened is not marked breaking, but says what it may refuse")
    func tightened() {
        let report = SpecChangeReport.compare(
            old: Specs.service([Specs.operation(parameters: [Specs.field("Name")])]),
            new: Specs.service([Specs.operation(parameters: [Specs.field("Name", rules: [.length(min: nil, max: 64)])])]
            ))
        #expect(
            report.text == """
                Ecs 2014-05-26 → 2014-05-26: 0 operations added, 0 removed, 1 changed; 1 change, 0 breaking
                           RunInstances: parameter Name: length at most 64 (new rule); the SDK may now refuse values it \
                accepted
                """)
    }
}
