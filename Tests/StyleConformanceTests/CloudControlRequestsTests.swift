import AliyunRuntime
import CloudControlSDK
import Testing

/// The client generated from Cloud Control's metadata (style V3: ROA operations signed with ACS3, a path that is
/// a parameter whole) sends, byte for byte, the requests its official Python SDK sends
/// (alibabacloud-cloudcontrol20220830 1.3.1), as `Scripts/official-sdk-vectors/record_roa_vectors.py` recorded them
/// (`.ci/run` records them again from PyPI).
@Suite("Cloud Control (V3 style): the generated client's requests are the official SDK's")
struct CloudControlRequestsTests {
    static let vectors = OfficialVector.cases(in: "official-sdk-roa-vectors.json", product: "cloudcontrol")
    static let resourcePath = "/api/v1/providers/Aliyun/products/ECS/resources/ACS::ECS::Instance"

    @Test("the recorded vectors are there: three operations, with and without an STS token")
    func present() {
        #expect(Self.vectors.count == 6)
    }

    @Test("each request is the SDK's", arguments: vectors)
    func sameRequest(_ vector: OfficialVector) async throws {
        let transport = CapturingTransport()
        let client = CloudcontrolClient(configuration: vector.configuration(), transport: transport)
        if vector.name.hasSuffix("get-resources") {
            _ = try await client.getResources(
                GetResourcesRequest(
                    requestPath: Self.resourcePath, regionId: "cn-hangzhou",
                    filter: .object(["InstanceName": .string("web 中文+*~")]), maxResults: 10))
        } else if vector.name.hasSuffix("create-resource") {
            _ = try await client.createResource(
                CreateResourceRequest(
                    requestPath: Self.resourcePath, regionId: "cn-hangzhou", clientToken: "token-1",
                    body: .object([
                        "InstanceName": .string("web + * ~ / & = % : ' ( ) ! , ; ? @ # $ [ ]"),
                        "InstanceType": .string("ecs.g7.large"),
                    ])))
        } else {
            _ = try await client.getTask(GetTaskRequest(taskId: "task-1 /ü"))
        }
        try vector.expectSame(as: try #require(transport.first))
    }
}
