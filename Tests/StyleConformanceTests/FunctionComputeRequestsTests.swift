import AliyunRuntime
import FCOpenSDK
import FCSDK
import Testing

/// The client generated from Function Compute 3.0's metadata (style FC: ROA signed with ACS3) sends, byte for byte,
/// the requests its official Python SDK sends (alibabacloud-fc20230330 4.8.3): InvokeFunction with bytes that are
/// not text as its raw body and its `x-fc-*` headers, GetFunction with a JSON answer. InvokeFunction's answer is the
/// function's bytes, handed over as they arrive (`RawAnswerStream`).
@Suite("Function Compute (FC style): the generated client's requests are the official SDK's")
struct FunctionComputeRequestsTests {
    static let vectors = OfficialVector.cases(in: "official-sdk-roa-vectors.json", product: "-fc-").filter {
        !$0.name.contains("fc-open")
    }
    static let openVectors = OfficialVector.cases(in: "official-sdk-roa-vectors.json", product: "fc-open-")
    /// The recorder's EVENT.
    static let event: [UInt8] = [0x00, 0xFF, 0xFE, 0x80] + Array("événement".utf8)

    @Test("the recorded vectors are there: two operations, with and without an STS token")
    func present() {
        #expect(Self.vectors.count == 4)
    }

    @Test("each request is the SDK's", arguments: vectors)
    func sameRequest(_ vector: OfficialVector) async throws {
        let transport = CapturingTransport()
        let client = FCClient(configuration: vector.configuration(), transport: transport)
        if vector.name.hasSuffix("invoke-function") {
            let answer = try await client.invokeFunction(
                InvokeFunctionRequest(
                    functionName: "resize image", qualifier: "LATEST", xFcInvocationType: "Async", xFcLogType: "Tail"),
                body: .bytes(Self.event))
            #expect(answer.status == 200)
            #expect(try await answer.collect().body == Array("{}".utf8), "the answer's bytes, not decoded")
        } else {
            _ = try await client.getFunction(GetFunctionRequest(functionName: "resize image", qualifier: "LATEST"))
        }
        try vector.expectSame(as: try #require(transport.first))
    }

    /// Function Compute 2021 (alibabacloud_fc-open20210406 2.0.12): its endpoint carries the account id, its path
    /// segments and `x-fc-*` headers are the older SDK's. Its InvokeFunction is not compared: that SDK sends the bytes
    /// without a Content-Type, this client with `application/octet-stream` (signed), as Function Compute 3.0's does.
    @Test("Function Compute 2021's GetFunction is its SDK's request", arguments: openVectors)
    func open(_ vector: OfficialVector) async throws {
        #expect(Self.openVectors.count == 2)
        let transport = CapturingTransport()
        let client = FCOpenClient(configuration: vector.configuration(), transport: transport)
        _ = try await client.getFunction(
            GetFunctionRequest(
                serviceName: "image service", functionName: "resize", qualifier: "LATEST", xFcTraceId: "trace-1"))
        try vector.expectSame(as: try #require(transport.first))
    }
}
