import AliyunRuntime
import FCSDK
import Testing

/// The client generated from Function Compute 3.0's metadata (style FC: ROA signed with ACS3) sends, byte for byte,
/// the requests its official Python SDK sends (alibabacloud-fc20230330 4.8.3): InvokeFunction with bytes that are
/// not text as its raw body and its `x-fc-*` headers, GetFunction with a JSON answer. InvokeFunction's answer is the
/// function's bytes, handed over whole (`RawAnswer`).
@Suite("Function Compute (FC style): the generated client's requests are the official SDK's")
struct FunctionComputeRequestsTests {
    static let vectors = OfficialVector.cases(in: "official-sdk-roa-vectors.json", product: "fc-")
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
                body: Self.event)
            #expect(answer.status == 200)
            #expect(answer.body == Array("{}".utf8), "the answer's bytes, not decoded")
        } else {
            _ = try await client.getFunction(GetFunctionRequest(functionName: "resize image", qualifier: "LATEST"))
        }
        try vector.expectSame(as: try #require(transport.first))
    }
}
