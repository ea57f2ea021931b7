import AliyunECSImages
import AliyunRuntime
import AliyunServerSupport
import Foundation
import Testing

/// The generated ECS types served by the router: the generated decoder and validators decide what is
/// malformed, the generated error table gives each code's status and message, and the client's own
/// decoders read the answers back.
@Suite("OperationRouter: typed handlers behind the generated decoders and validators")
struct OperationRouterTests {
    actor Received {
        var requests: [ModifyImageAttributeRequest] = []
        func append(_ request: ModifyImageAttributeRequest) { requests.append(request) }
    }

    static func router(received: Received) -> OperationRouter {
        var router = OperationRouter(product: "Ecs", version: "2014-05-26")
        router.handle(
            "ModifyImageAttribute", request: ModifyImageAttributeRequest.self,
            response: ModifyImageAttributeResponse.self, errors: ModifyImageAttributeError.self
        ) { request in
            await received.append(request)
            guard request.imageId != "m-missing" else {
                throw ServedError.documented(
                    "InvalidImageId.NotFound", in: ModifyImageAttributeError.self, message: "unused")
            }
            return ModifyImageAttributeResponse()
        }
        return router
    }

    static func call(
        _ parameters: [(String, String)], action: String = "ModifyImageAttribute", version: String = "2014-05-26"
    )
        -> VerifiedRequest
    {
        VerifiedRequest(
            signatureVersion: .v3, accessKeyId: "LTAI", action: action, version: version,
            parameters: parameters.map { RPCQueryItem(name: $0.0, value: $0.1) })
    }

    /// The answer read back as the generated client reads an error.
    static func clientError(_ answer: ServedAnswer) -> ModifyImageAttributeError? {
        (ServiceErrorDecoder.decode(status: answer.status, body: Array(answer.body.utf8)) as? ServiceError)
            .map(ModifyImageAttributeError.init)
    }

    @Test("a valid call reaches the handler typed, and answers 200 with the RequestId")
    func success() async throws {
        let received = Received()
        let answer = await Self.router(received: received).answer(
            Self.call([
                ("RegionId", "cn-hangzhou"), ("ImageId", "m-1"), ("ImageName", "web-2024"), ("BootMode", "UEFI"),
            ]),
            requestId: "R-1", hostId: "ecs.example")
        #expect(answer == ServedAnswer(status: 200, body: #"{"RequestId":"R-1"}"#))
        let request = try #require(await received.requests.first)
        #expect(request.imageName == "web-2024")
        #expect(request.bootMode == .uefi)
    }

    @Test("a header parameter is read from the request's headers, by name in any case, and decoded with the query")
    func headerParameter() async throws {
        let received = Received()
        var router = OperationRouter(product: "Ecs", version: "2014-05-26")
        router.handle(
            "ModifyImageAttribute", request: ModifyImageAttributeRequest.self,
            response: ModifyImageAttributeResponse.self, errors: ModifyImageAttributeError.self,
            headerParameters: ["ImageName", "Description"]
        ) { request in
            await received.append(request)
            return ModifyImageAttributeResponse()
        }
        var call = Self.call([("RegionId", "cn-hangzhou"), ("ImageId", "m-1")])
        call.headers = ["imagename": "web-2024", "x-other": "ignored"]
        let answer = await router.answer(call, requestId: "R-9", hostId: "ecs.example")
        #expect(answer.status == 200)
        let request = try #require(await received.requests.first)
        #expect(request.imageName == "web-2024")
        #expect(request.description == nil)
    }

    @Test("a name that breaks the documented rule: 400 InvalidImageName.Malformed with the documented message")
    func malformed() async throws {
        let received = Received()
        let answer = await Self.router(received: received).answer(
            Self.call([("RegionId", "cn-hangzhou"), ("ImageId", "m-1"), ("ImageName", "http://web")]),
            requestId: "R-2", hostId: "ecs.example")
        let error = try #require(Self.clientError(answer))
        #expect(answer.status == 400)
        #expect(error.code == .invalidImageNameMalformed)
        #expect(error.isDocumented)
        #expect(error.serviceError.message.hasPrefix("Image names must be between 2 and 128 characters long"))
        #expect(error.serviceError.requestId == "R-2")
        #expect(error.serviceError.hostId == "ecs.example")
        #expect(await received.requests.isEmpty)
    }

    @Test("an absent required parameter: 400 MissingParameter naming it; a mistyped one: InvalidParameter")
    func decoding() async throws {
        let router = Self.router(received: Received())
        let missing = await router.answer(Self.call([("ImageId", "m-1")]), requestId: "R", hostId: "h")
        #expect(Self.clientError(missing)?.code == .missingParameter)
        #expect(Self.clientError(missing)?.serviceError.message.contains("\"RegionId\"") == true)
        let mistyped = await router.answer(
            Self.call([("RegionId", "r"), ("ImageId", "m-1"), ("DryRun", "maybe")]), requestId: "R", hostId: "h")
        #expect(mistyped.status == 400)
        #expect(Self.clientError(mistyped)?.serviceError.code == "InvalidParameter")
    }

    @Test("a call with more items than a server decodes is InvalidParameter, before decoding")
    func tooManyItems() async throws {
        let received = Received()
        let router = Self.router(received: received)
        let items =
            [("RegionId", "r"), ("ImageId", "m-1")]
            + (0..<RPCQueryDecoder.maximumItems).map { ("Junk.\($0)", "x") }
        let answer = await router.answer(Self.call(items), requestId: "R", hostId: "h")
        #expect(answer.status == 400)
        #expect(Self.clientError(answer)?.serviceError.code == "InvalidParameter")
        #expect(await received.requests.isEmpty)
    }

    @Test("a handler's documented error: its status and message from the error table (404 InvalidImageId.NotFound)")
    func handlerError() async throws {
        let answer = await Self.router(received: Received()).answer(
            Self.call([("RegionId", "cn-hangzhou"), ("ImageId", "m-missing")]), requestId: "R-3", hostId: "h")
        #expect(answer.status == 404)
        let error = try #require(Self.clientError(answer))
        #expect(error.code == .invalidImageIdNotFound)
        #expect(error.serviceError.message == "The specified ImageId does not exist.")
        #expect(
            answer.body.hasPrefix(#"{"RequestId":"R-3","HostId":"h","Code":"InvalidImageId.NotFound","Message":"#))
        #expect(answer.body.contains(#""Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidImageId.NotFound"#))
    }

    @Test("an action without a handler: 404 InvalidAction.NotFound; another version: 400 InvalidVersion")
    func routing() async {
        let router = Self.router(received: Received())
        #expect(router.actions == ["ModifyImageAttribute"])
        let unknown = await router.answer(Self.call([], action: "DescribeNothing"), requestId: "R", hostId: "h")
        #expect(unknown.status == 404)
        #expect(Self.clientError(unknown)?.serviceError.code == "InvalidAction.NotFound")
        let version = await router.answer(Self.call([], version: "2016-01-01"), requestId: "R", hostId: "h")
        #expect(version.status == 400)
        #expect(Self.clientError(version)?.serviceError.code == "InvalidVersion")
    }
}
