import AliGenieSDK
import AliyunRuntime
import PDSSDK
import Testing

/// PDS's generated client (its own gateway: the legacy ROA signature over PDS's header set) and AliGenie's (ROA with
/// ACS3, its access token in a signed `x-acs-*` header) over real HTTP, through a gateway that verifies every
/// signature as each product's gateway computes it: JSON bodies, a download's query, a form body, JSON query values.
@Suite("PDS and AliGenie end to end: the generated clients' requests verify at the gateway")
struct PDSAndAliGenieEndToEndTests {
    static func credentials(sts: Bool) -> Credentials {
        sts ? VerifyingGatewayServer.temporary : VerifyingGatewayServer.permanent
    }

    @Test("PDS ListDrive and CreateDomain: JSON bodies of unusual characters verify", arguments: [false, true])
    func pdsBodies(sts: Bool) async throws {
        let answer = #"{"items":[],"next_marker":""}"#
        try await VerifyingGatewayServer.with(roaDialect: .pds, answer: { _ in answer }) { gateway in
            let client = PDSClient(configuration: gateway.configuration(credentials: Self.credentials(sts: sts)))
            _ = try await client.listDrive(
                ListDriveRequest(
                    domainId: "bj1234", limit: 50, marker: "m 1+/", owner: "user 中", ownerType: .init(rawValue: "user"))
            )
            _ = try await client.createDomain(
                CreateDomainRequest(
                    domainName: "photos é", description: "a+b ~* / 中", initDriveEnable: true,
                    initDriveSize: 1_073_741_824))
            let calls = gateway.verified()
            #expect(calls.map(\.request.action) == ["ListDrive", "CreateDomain"])
            #expect(calls.map(\.request.path) == ["/v2/drive/list", "/v2/domain/create"])
            #expect(calls.allSatisfy { $0.request.signatureVersion == .v1 && $0.request.version == "2022-03-01" })
            #expect(calls.allSatisfy { $0.request.accessKeyId == Self.credentials(sts: sts).accessKeyId })
            #expect(
                calls.first.map { String(decoding: $0.body, as: UTF8.self) }
                    == #"{"limit":50,"marker":"m 1+/","owner":"user 中","owner_type":"user"}"#)
        }
    }

    @Test(
        "PDS DownloadFile: a GET whose query verifies as PDS's gateway signs it; the answer's bytes come back",
        arguments: [false, true])
    func pdsDownload(sts: Bool) async throws {
        try await VerifyingGatewayServer.with(roaDialect: .pds, answer: { _ in "file bytes 中" }) { gateway in
            let client = PDSClient(configuration: gateway.configuration(credentials: Self.credentials(sts: sts)))
            let answer = try await client.downloadFile(
                DownloadFileRequest(
                    domainId: "bj1234", fileId: "9520943DC264 +/中", driveId: "1",
                    imageThumbnailProcess: "image/resize,w_200"))
            #expect(try await answer.collect().body == Array("file bytes 中".utf8))
            let (call, body) = try gateway.onlyRequest()
            #expect(call.action == "DownloadFile")
            #expect(call.method == "GET")
            #expect(call.path == "/v2/file/download")
            #expect(call.parameters.contains(RPCQueryItem(name: "file_id", value: "9520943DC264 +/中")))
            #expect(call.headers["content-type"] == nil)
            #expect(body.isEmpty)
        }
    }

    @Test("PDS GetFile: a JSON body with a JSON member verifies")
    func pdsGetFile() async throws {
        try await VerifyingGatewayServer.with(roaDialect: .pds, answer: { _ in #"{"file_id":"f 1"}"# }) { gateway in
            let client = PDSClient(configuration: gateway.configuration())
            _ = try await client.getFile(
                GetFileRequest(
                    domainId: "bj1234", fileId: "f 1+/中", driveId: "1",
                    thumbnailProcesses: .object(["size": .string("image/resize,w_100 +/")])))
            let (call, body) = try gateway.onlyRequest()
            #expect(call.action == "GetFile")
            #expect(String(decoding: body, as: UTF8.self).contains(#""file_id":"f 1+/中""#))
        }
    }

    @Test(
        "AliGenie AddCartoon: a form body and the access-token header verify, V3 or the legacy signature",
        arguments: [SignatureVersion.v3, .v1], [false, true])
    func addCartoon(signatureVersion: SignatureVersion, sts: Bool) async throws {
        let answer = #"{"RequestId":"R-1","Code":200,"Result":true}"#
        try await VerifyingGatewayServer.with(answer: { _ in answer }) { gateway in
            let client = AliGenieClient(
                configuration: gateway.configuration(
                    credentials: Self.credentials(sts: sts), signatureVersion: signatureVersion))
            _ = try await client.addCartoon(
                AddCartoonRequest(
                    hotelId: "h 1+/中", startVideoUrl: "https://example.com/v.mp4?a=1&b=中",
                    startVideoMd5: "d41d8cd98f00b204e9800998ecf8427e", xAcsAligenieAccessToken: "token+/="))
            let (call, _) = try gateway.onlyRequest()
            #expect(call.signatureVersion == signatureVersion)
            #expect(call.action == "AddCartoon")
            #expect(call.version == "ip_1.0")
            #expect(call.method == "POST")
            #expect(call.path == "/v1.0/ip/addCartoon")
            #expect(call.headers["x-acs-aligenie-access-token"] == "token+/=")
            #expect(call.parameters.contains(RPCQueryItem(name: "HotelId", value: "h 1+/中")))
            #expect(
                call.parameters.contains(
                    RPCQueryItem(name: "StartVideoUrl", value: "https://example.com/v.mp4?a=1&b=中")))
        }
    }

    @Test("AliGenie ListHotels and QueryRoomControlDevices: JSON values and non-ASCII in the query verify")
    func aliGenieQueries() async throws {
        try await VerifyingGatewayServer.with(answer: { _ in #"{"RequestId":"R-2","Code":200}"# }) { gateway in
            let client = AliGenieClient(
                configuration: gateway.configuration(credentials: VerifyingGatewayServer.temporary))
            _ = try await client.listHotels(
                ListHotelsRequest(
                    status: 1, page: .init(pageNumber: 1, pageSize: 20), hotelRequest: .init(hotelId: "h 1 中+/"),
                    xAcsAligenieAccessToken: "token+/="))
            _ = try await client.queryRoomControlDevices(
                QueryRoomControlDevicesRequest(hotelId: "h 1", roomNo: "101 中+/"))
            let calls = gateway.verified()
            #expect(calls.map(\.request.action) == ["ListHotels", "QueryRoomControlDevices"])
            #expect(calls.first?.request.parameters.contains { $0.value == #"{"HotelId":"h 1 中+/"}"# } == true)
            #expect(calls.last?.request.parameters.contains(RPCQueryItem(name: "RoomNo", value: "101 中+/")) == true)
        }
    }
}
