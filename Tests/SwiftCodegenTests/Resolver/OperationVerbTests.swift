import Testing

@testable import SwiftCodegen

@Suite("Operation verbs")
struct OperationVerbTests {
    @Test(
        "the first known verb of the name decides",
        arguments: [
            ("SendSms", OperationVerb.acts("Send")), ("SendBatchSms", .acts("Send")),
            ("DescribeImages", .reads("Describe")), ("ListTagResources", .reads("List")),
            ("GetCallerIdentity", .reads("Get")), ("AssumeRole", .reads("Assume")),
            ("BatchGetTables", .reads("Get")), ("BatchCreateThings", .acts("Create")),
            ("UnTagLiveResources", .acts("Tag")), ("DisAssociateTagOptionFromResource", .acts("Associate")),
            ("OnsMessageGetByMsgId", .reads("Get")), ("EipNotifyPaid", .acts("Notify")),
            ("PreCheckCreateOrderForDeleteDBNodes", .reads("Check")), ("DescirbeWorkflow", .reads("Descirbe")),
            ("GenerateProblemPictureUploadSign", .unclear("Generate")), ("OnsTopicStatus", .unclear(nil)),
            ("describeClusters", .reads("Describe")), ("RunInstances", .acts("Run")),
            ("Describe95Traffic", .reads("Describe")),
        ])
    func verbs(name: String, verb: OperationVerb) {
        #expect(OperationVerb.of(name) == verb)
    }

    @Test("no verb is both reading and acting, or unclear and either")
    func disjoint() {
        #expect(OperationVerbs.reading.isDisjoint(with: OperationVerbs.acting))
        #expect(OperationVerbs.unclear.isDisjoint(with: OperationVerbs.reading.union(OperationVerbs.acting)))
    }
}
