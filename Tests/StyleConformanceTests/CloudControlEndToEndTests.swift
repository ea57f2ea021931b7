import AliyunRuntime
import CloudControlSDK
import Testing

/// Cloud Control's generated client over real HTTP, through a gateway that verifies every signature: a path that is a
/// parameter whole (`{+requestPath}`, its `/` and `:` kept), path parameters, JSON query values, a JSON body and a
/// signed `x-acs-*` header parameter, with V3 and with the legacy ROA signature.
@Suite("Cloud Control end to end: the generated client's requests verify at the gateway")
struct CloudControlEndToEndTests {
    static let resourcePath = "/api/v1/providers/Aliyun/products/ECS/resources/ACS::ECS::Instance"

    static func client(_ gateway: VerifyingGatewayServer, _ signatureVersion: SignatureVersion) -> CloudcontrolClient {
        CloudcontrolClient(configuration: gateway.configuration(signatureVersion: signatureVersion))
    }

    @Test(
        "GetResources: a whole-path parameter with a space, a plus and non-ASCII, and a JSON filter in the query",
        arguments: [SignatureVersion.v3, .v1])
    func getResources(signatureVersion: SignatureVersion) async throws {
        try await VerifyingGatewayServer.with(answer: { _ in #"{"requestId":"R-1","resources":[]}"# }) { gateway in
            _ = try await Self.client(gateway, signatureVersion).getResources(
                GetResourcesRequest(
                    requestPath: Self.resourcePath + "/i-1 中+", regionId: "cn-hangzhou",
                    filter: .object(["InstanceName": .string("web 中文+*~ /&=")]), maxResults: 10))
            let (call, _) = try gateway.onlyRequest()
            #expect(call.signatureVersion == signatureVersion)
            #expect(call.action == "GetResources")
            #expect(call.version == "2022-08-30")
            #expect(call.method == "GET")
            #expect(call.path == Self.resourcePath + "/i-1%20%E4%B8%AD+")
            #expect(
                Set(call.parameters) == [
                    RPCQueryItem(name: "regionId", value: "cn-hangzhou"), RPCQueryItem(name: "maxResults", value: "10"),
                    RPCQueryItem(name: "filter", value: #"{"InstanceName":"web 中文+*~ /&="}"#),
                ])
        }
    }

    @Test(
        "CreateResource: a query and a JSON body of unusual characters verify; the body arrives as sent",
        arguments: [SignatureVersion.v3, .v1])
    func createResource(signatureVersion: SignatureVersion) async throws {
        try await VerifyingGatewayServer.with(answer: { _ in #"{"resourceId":"i-1"}"# }) { gateway in
            _ = try await Self.client(gateway, signatureVersion).createResource(
                CreateResourceRequest(
                    requestPath: Self.resourcePath, regionId: "cn-hangzhou", clientToken: "token 1+/=",
                    body: .object(["InstanceName": .string("web + * ~ / & = % : ' ( ) ! , ; ? @ # $ [ ] 中文")])))
            let (call, body) = try gateway.onlyRequest()
            #expect(call.action == "CreateResource")
            #expect(call.method == "POST")
            #expect(call.path == Self.resourcePath)
            #expect(call.parameters.contains(RPCQueryItem(name: "clientToken", value: "token 1+/=")))
            #expect(call.headers["content-type"] == "application/json; charset=utf-8")
            #expect(
                String(decoding: body, as: UTF8.self)
                    == #"{"InstanceName":"web + * ~ / & = % : ' ( ) ! , ; ? @ # $ [ ] 中文"}"#)
        }
    }

    @Test(
        "ListResourceTypes: two path parameters, a list in the query and an x-acs-* header parameter, signed",
        arguments: [SignatureVersion.v3, .v1])
    func listResourceTypes(signatureVersion: SignatureVersion) async throws {
        try await VerifyingGatewayServer.with { gateway in
            _ = try await Self.client(gateway, signatureVersion).listResourceTypes(
                ListResourceTypesRequest(
                    provider: "Aliyun", product: "ECS 中+/", xAcsAcceptLanguage: "zh-CN",
                    resourceTypes: ["ACS::ECS::Instance", "a b+c"], maxResults: 5))
            let (call, _) = try gateway.onlyRequest()
            #expect(call.action == "ListResourceTypes")
            #expect(call.path == "/api/v1/providers/Aliyun/products/ECS%20%E4%B8%AD%2B%2F/resourceTypes")
            #expect(call.headers["x-acs-accept-language"] == "zh-CN")
            #expect(call.parameters.contains(RPCQueryItem(name: "maxResults", value: "5")))
            #expect(call.parameters.contains { $0.name.hasPrefix("resourceTypes") && $0.value.contains("a b+c") })
        }
    }

    @Test(
        "GetTask with an STS token: a path parameter with a slash, encoded into one segment",
        arguments: [SignatureVersion.v3, .v1])
    func getTask(signatureVersion: SignatureVersion) async throws {
        try await VerifyingGatewayServer.with(answer: { _ in #"{"task":{"taskId":"task-1 /ü"}}"# }) { gateway in
            let client = CloudcontrolClient(
                configuration: gateway.configuration(
                    credentials: VerifyingGatewayServer.temporary, signatureVersion: signatureVersion))
            _ = try await client.getTask(GetTaskRequest(taskId: "task-1 /ü"))
            let (call, _) = try gateway.onlyRequest()
            #expect(call.accessKeyId == VerifyingGatewayServer.temporary.accessKeyId)
            #expect(call.path == "/api/v1/tasks/task-1%20%2F%C3%BC")
        }
    }
}
