import ARMSSDK
import AliyunRuntime
import OCRSDK
import Testing

/// The clients generated from OCR's and ARMS's metadata (style V3, called as RPC, signed with ACS3) send, byte for
/// byte, the requests their official Python SDKs send (alibabacloud-ocr-api20210707 3.1.3: an image as a raw body;
/// alibabacloud-arms20190808 10.1.0: a list of objects, integers), as `Scripts/official-sdk-vectors/record_vectors.py`
/// recorded them (`.ci/run` records them again from PyPI).
@Suite("OCR and ARMS (V3 style): the generated clients' requests are the official SDKs'")
struct OCRAndARMSRequestsTests {
    static let ocrVectors = OfficialVector.cases(in: "official-sdk-signature-vectors.json", product: "ocr")
    static let armsVectors = OfficialVector.cases(in: "official-sdk-signature-vectors.json", product: "arms")
    /// The image the recorder sends.
    static let image: [UInt8] =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0] + (0...255).map(UInt8.init)
    /// The recorders' SPECIAL_CHARS.
    static let special = "+ * ~ / & = % : ' ( ) ! , ; ? @ # $ [ ]"

    @Test("the recorded vectors are there: one OCR and two ARMS operations, with and without an STS token")
    func present() {
        #expect(Self.ocrVectors.count == 2)
        #expect(Self.armsVectors.count == 4)
    }

    @Test("RecognizeGeneral sends the image as its raw body, signed, as the SDK does", arguments: ocrVectors)
    func recognize(_ vector: OfficialVector) async throws {
        let transport = CapturingTransport()
        let client = OcrApiClient(configuration: vector.configuration(), transport: transport)
        _ = try await client.recognizeGeneral(
            RecognizeGeneralRequest(url: "https://example.com/a b.jpg"), body: .bytes(Self.image))
        try vector.expectSame(as: try #require(transport.first))
    }

    @Test("ARMS's calls are the SDK's", arguments: armsVectors)
    func armsCalls(_ vector: OfficialVector) async throws {
        let transport = CapturingTransport()
        let client = ARMSClient(configuration: vector.configuration(), transport: transport)
        if vector.name.hasSuffix("list-trace-apps") {
            _ = try await client.listTraceApps(
                ListTraceAppsRequest(
                    regionId: "cn-hangzhou",
                    tags: [.init(key: "env", value: "prod 中文"), .init(key: "team", value: "a+b")], appType: "TRACE"))
        } else {
            _ = try await client.searchTraces(
                SearchTracesRequest(
                    startTime: 1_700_000_000_000, endTime: 1_700_003_600_000, regionId: "cn-hangzhou",
                    serviceName: "checkout " + Self.special, minDuration: 250))
        }
        try vector.expectSame(as: try #require(transport.first))
    }
}
