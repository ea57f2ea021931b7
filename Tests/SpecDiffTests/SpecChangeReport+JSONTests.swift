import Foundation
import SpecDiff
import SpecIR
import Testing

@Suite("SpecChangeReport JSON")
struct SpecChangeReportJSONTests {
    @Test("the JSON has sorted keys and decodes back to the report")
    func json() throws {
        let report = SpecChangeReport.compare(
            old: Specs.service([Specs.operation(errors: ["Throttling"])]), new: Specs.service([Specs.operation()]))
        let json = report.json()
        #expect(
            json == """
                {
                  "changes" : [
                    {
                      "isBreaking" : true,
                      "kind" : "errorRemoved",
                      "operation" : "RunInstances",
                      "subject" : "Throttling",
                      "summary" : "error code Throttling is no longer documented: its constant disappears"
                    }
                  ],
                  "newVersion" : "2014-05-26",
                  "oldVersion" : "2014-05-26",
                  "product" : "Ecs"
                }
                """)
        #expect(try JSONDecoder().decode(SpecChangeReport.self, from: Data(json.utf8)) == report)
    }
}
