import ARMSSDK
import AliyunRuntime
import OCRSDK
import Testing

/// OCR's and ARMS's generated clients (V3 style, called as RPC: `POST /` with the action in `x-acs-action`) over real
/// HTTP, through a gateway that verifies every signature: an image as a raw body, lists of objects and values with
/// every special character in the query.
@Suite("OCR and ARMS end to end: the generated clients' requests verify at the gateway")
struct OCRAndARMSEndToEndTests {
    /// A JPEG's first bytes, then every byte value.
    static let image: [UInt8] =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0] + (0...255).map(UInt8.init)
    /// The official recorders' SPECIAL_CHARS.
    static let special = "+ * ~ / & = % : ' ( ) ! , ; ? @ # $ [ ]"

    @Test("OCR RecognizeGeneral: a query value with a space, a plus and non-ASCII, and the image as its raw body")
    func recognize() async throws {
        let answer = #"{"RequestId":"R-1","Data":"{\"content\":\"文字\"}"}"#
        try await VerifyingGatewayServer.with(answer: { _ in answer }) { gateway in
            let client = OcrApiClient(configuration: gateway.configuration())
            _ = try await client.recognizeGeneral(
                RecognizeGeneralRequest(url: "https://example.com/a b+中.jpg"), body: .bytes(Self.image))
            let (call, body) = try gateway.onlyRequest()
            #expect(call.signatureVersion == .v3)
            #expect(call.action == "RecognizeGeneral")
            #expect(call.version == "2021-07-07")
            #expect(call.method == "POST")
            #expect(call.path == "/")
            #expect(call.parameters == [RPCQueryItem(name: "Url", value: "https://example.com/a b+中.jpg")])
            #expect(call.headers["content-type"] == "application/octet-stream")
            #expect(body == Self.image)
        }
    }

    @Test("ARMS ListTraceApps with an STS token: a list of objects in the query")
    func listTraceApps() async throws {
        try await VerifyingGatewayServer.with(answer: { _ in #"{"RequestId":"R-2","TraceApps":[]}"# }) { gateway in
            let client = ARMSClient(configuration: gateway.configuration(credentials: VerifyingGatewayServer.temporary))
            _ = try await client.listTraceApps(
                ListTraceAppsRequest(
                    regionId: "cn-hangzhou",
                    tags: [.init(key: "env", value: "prod 中文"), .init(key: "team", value: "a+b/c")], appType: "TRACE"))
            let (call, _) = try gateway.onlyRequest()
            #expect(call.accessKeyId == VerifyingGatewayServer.temporary.accessKeyId)
            #expect(call.action == "ListTraceApps")
            #expect(call.version == "2019-08-08")
            #expect(call.parameters.contains(RPCQueryItem(name: "RegionId", value: "cn-hangzhou")))
            #expect(call.parameters.contains { $0.value.contains("prod 中文") })
            #expect(call.parameters.contains { $0.value.contains("a+b/c") })
        }
    }

    @Test("ARMS SearchTraces: integers and every special character in the query")
    func searchTraces() async throws {
        try await VerifyingGatewayServer.with(answer: { _ in #"{"RequestId":"R-3","TraceInfos":[]}"# }) { gateway in
            let client = ARMSClient(configuration: gateway.configuration())
            _ = try await client.searchTraces(
                SearchTracesRequest(
                    startTime: 1_700_000_000_000, endTime: 1_700_003_600_000, regionId: "cn-hangzhou",
                    serviceName: "checkout " + Self.special, minDuration: 250))
            let (call, _) = try gateway.onlyRequest()
            #expect(call.action == "SearchTraces")
            #expect(call.parameters.contains(RPCQueryItem(name: "ServiceName", value: "checkout " + Self.special)))
            #expect(call.parameters.contains(RPCQueryItem(name: "StartTime", value: "1700000000000")))
        }
    }
}
