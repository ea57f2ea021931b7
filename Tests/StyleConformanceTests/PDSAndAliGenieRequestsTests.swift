import AliGenieSDK
import AliyunRuntime
import PDSSDK
import Testing

/// The clients generated from PDS's metadata (style PDS: its gateway's legacy ROA signature over its own header set)
/// and AliGenie's (ROA signed with ACS3, the access token in `x-acs-aligenie-access-token`) send, byte for byte, the
/// requests their official Python SDKs send (alibabacloud-pds20220301 5.1.4 through alibabacloud_gateway_pds 0.1.2;
/// alibabacloud-aligenieip-1-0 2.8.4): JSON bodies, a download's query, a form body, JSON-style query values.
@Suite("PDS and AliGenie: the generated clients' requests are the official SDKs'")
struct PDSAndAliGenieRequestsTests {
    static let pdsVectors = OfficialVector.cases(in: "official-sdk-gateway-vectors.json", product: "-pds-", prefix: "")
    static let aliGenieVectors = OfficialVector.cases(
        in: "official-sdk-gateway-vectors.json", product: "-aligenie-", prefix: "")

    @Test("the recorded vectors are there: three calls each, with and without an STS token")
    func present() {
        #expect(Self.pdsVectors.count == 6)
        #expect(Self.aliGenieVectors.count == 6)
    }

    @Test("each PDS request is the SDK's", arguments: pdsVectors)
    func pds(_ vector: OfficialVector) async throws {
        let transport = CapturingTransport()
        let client = PDSClient(configuration: vector.configuration(), transport: transport)
        if vector.name.hasSuffix("list-drive") {
            _ = try await client.listDrive(
                ListDriveRequest(
                    domainId: "bj1234", limit: 50, marker: "m 1+/", owner: "user 中", ownerType: .init(rawValue: "user"))
            )
        } else if vector.name.hasSuffix("create-domain") {
            _ = try await client.createDomain(
                CreateDomainRequest(
                    domainName: "photos é", description: "a+b ~*", initDriveEnable: true, initDriveSize: 1_073_741_824))
        } else {
            _ = try await client.downloadFile(
                DownloadFileRequest(
                    domainId: "bj1234", fileId: "9520943DC264", driveId: "1",
                    imageThumbnailProcess: "image/resize,w_200"))
        }
        try vector.expectSame(as: try #require(transport.first))
    }

    @Test("each AliGenie request is the SDK's", arguments: aliGenieVectors)
    func aliGenie(_ vector: OfficialVector) async throws {
        let transport = CapturingTransport()
        let client = AliGenieClient(configuration: vector.configuration(), transport: transport)
        if vector.name.hasSuffix("add-cartoon") {
            _ = try await client.addCartoon(
                AddCartoonRequest(
                    hotelId: "h 1", startVideoUrl: "https://example.com/v.mp4?a=1&b=中",
                    startVideoMd5: "d41d8cd98f00b204e9800998ecf8427e", xAcsAligenieAccessToken: "token+/="))
        } else if vector.name.hasSuffix("list-hotels") {
            _ = try await client.listHotels(
                ListHotelsRequest(
                    status: 1, page: .init(pageNumber: 1, pageSize: 20), hotelRequest: .init(hotelId: "h 1"),
                    xAcsAligenieAccessToken: "token+/="))
        } else {
            _ = try await client.queryRoomControlDevices(
                QueryRoomControlDevicesRequest(hotelId: "h 1", roomNo: "101 中"))
        }
        try vector.expectSame(as: try #require(transport.first))
    }
}
