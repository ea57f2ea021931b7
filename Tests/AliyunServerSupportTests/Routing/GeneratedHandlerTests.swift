import AliyunECSImages
import AliyunECSImagesServer
import AliyunRuntime
import AliyunServerSupport
import Testing

/// The generated server side of AliyunECSImages: `ECSHandler`'s defaults answer with the documented example,
/// an implemented method replaces its default, and the router validates before either runs.
@Suite("Generated ECSHandler and its router")
struct GeneratedHandlerTests {
    struct Defaults: ECSHandler {}

    struct Renamer: ECSHandler {
        func modifyImageAttribute(_ request: ModifyImageAttributeRequest) async throws -> ModifyImageAttributeResponse {
            ModifyImageAttributeResponse(requestId: "renamed-\(request.imageName ?? "")")
        }
    }

    static func call(_ parameters: [(String, String)]) -> VerifiedRequest {
        VerifiedRequest(
            signatureVersion: .v3, accessKeyId: "LTAI", action: "ModifyImageAttribute", version: "2014-05-26",
            parameters: parameters.map { RPCQueryItem(name: $0.0, value: $0.1) })
    }

    @Test("an operation without an implementation answers with the documentation's example response")
    func example() async {
        let answer = await Defaults().operationRouter.answer(
            Self.call([("RegionId", "cn-hangzhou"), ("ImageId", "m-1")]), requestId: "R", hostId: "h")
        #expect(answer == ServedAnswer(status: 200, body: #"{"RequestId":"473469C7-AA6F-4DC5-B3DB-A3DC0DE3****"}"#))
    }

    @Test("an implemented operation answers itself; both validate first")
    func implemented() async {
        let router = Renamer().operationRouter
        #expect(router.actions == ECSClient.operations.map(\.action).sorted())
        let answer = await router.answer(
            Self.call([("RegionId", "cn-hangzhou"), ("ImageId", "m-1"), ("ImageName", "web-2025")]), requestId: "R",
            hostId: "h")
        #expect(answer.body == #"{"RequestId":"renamed-web-2025"}"#)
        for router in [router, Defaults().operationRouter] {
            let malformed = await router.answer(
                Self.call([("RegionId", "cn-hangzhou"), ("ImageId", "m-1"), ("ImageName", "1-starts-with-digit")]),
                requestId: "R", hostId: "h")
            #expect(malformed.status == 400)
            #expect(malformed.body.contains(#""Code":"InvalidImageName.Malformed""#))
        }
    }
}
