import AliyunECSComplete
import AliyunECSCompleteServer
import AliyunRuntime
import AliyunServerSupport
import Testing

/// The server side of the whole ECS API: every operation is routed, and every operation that documents
/// an example answers a call with it by default.
@Suite("The whole ECS API's server side")
struct ServerSideTests {
    struct Defaults: ECSHandler {}

    @Test("every one of the operations has a route")
    func routes() {
        #expect(Defaults().operationRouter.actions == ECSClient.operations.map(\.action).sorted())
        #expect(Defaults().operationRouter.actions.count == 347)
    }

    @Test("DescribeRegions (no required parameter) answers 200 with its documented example")
    func example() async {
        let answer = await Defaults().operationRouter.answer(
            VerifiedRequest(
                signatureVersion: .v3, accessKeyId: "LTAI", action: "DescribeRegions", version: "2014-05-26",
                parameters: []),
            requestId: "R", hostId: "h")
        #expect(answer.status == 200)
        #expect(answer.body.contains(#""RegionId":"#))
    }
}
