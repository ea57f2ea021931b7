import AliyunECSImages
import AliyunRuntime
import AliyunVPC
import ECSImages
import Foundation
import ImageCatalog
import LoopbackServer
import Testing

/// The three generated clients against a real HTTP server on 127.0.0.1 that answers as ECS and VPC do,
/// and checks that every call is signed with the caller's credentials.
@Suite("ImageCatalog over loopback HTTP")
struct ImageCatalogTests {
    static let credentials = Credentials(accessKeyId: "LTAI-example", accessKeySecret: "example-secret")

    /// Answers by action after verifying the V3 signature; records nothing of its own (the server does).
    static func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Reply {
        func reply(_ status: Int, _ body: String) -> LoopbackServer.Reply {
            .respond(status: status, headers: ["content-type": "application/json"], body: body, delay: .zero)
        }
        let items = request.query.map { RPCQueryItem(name: $0.name, value: $0.value) }
        guard let date = request.headers["x-acs-date"].flatMap({ try? Date($0, strategy: .iso8601) }) else {
            return reply(400, #"{"Code":"MissingParameter","Message":"x-acs-date","RequestId":"R-0"}"#)
        }
        let action = request.headers["x-acs-action"] ?? ""
        let expected = V3Signer.sign(
            SigningInput(
                host: request.headers["host"] ?? "", action: action, version: request.headers["x-acs-version"] ?? "",
                parameters: items, date: date, nonce: request.headers["x-acs-signature-nonce"] ?? "",
                userAgent: request.headers["user-agent"] ?? "", credentials: credentials))
        guard request.headers["authorization"] == expected.header("Authorization") else {
            return reply(400, #"{"Code":"IncompleteSignature","Message":"signature mismatch","RequestId":"R-1"}"#)
        }
        let query = Dictionary(items.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        switch (action, request.headers["x-acs-version"]) {
        case ("DescribeImages", "2014-05-26"):
            guard query["RegionId"] == "cn-hangzhou", query["ImageOwnerAlias"] == "self" else {
                return reply(400, #"{"Code":"InvalidParameter","Message":"unexpected query","RequestId":"R-2"}"#)
            }
            return reply(
                200,
                #"""
                {"RequestId":"R-images","TotalCount":2,"PageNumber":1,"PageSize":\#(query["PageSize"] ?? "10"),
                 "Images":{"Image":[
                   {"ImageId":"m-web","ImageName":"web-2024","Status":"Available","Size":40},
                   {"ImageId":"m-db","ImageName":"db-2024","Status":"Creating","Size":"80"}]}}
                """#)
        case ("DescribeRegions", "2014-05-26"):
            return reply(
                200,
                #"""
                {"RequestId":"R-regions","Regions":{"Region":[
                  {"RegionId":"cn-hangzhou","RegionEndpoint":"ecs.cn-hangzhou.aliyuncs.com","LocalName":"华东1（杭州）"},
                  {"RegionId":"eu-central-1","RegionEndpoint":"ecs.eu-central-1.aliyuncs.com","LocalName":"德国（法兰克福）"}]}}
                """#)
        case ("DescribeVpcs", "2016-04-28"):
            return reply(
                200,
                #"""
                {"RequestId":"R-vpcs","TotalCount":1,"PageNumber":1,"PageSize":10,
                 "Vpcs":{"Vpc":[{"VpcId":"vpc-main","VpcName":"main","CidrBlock":"192.168.0.0/16","IsDefault":false}]}}
                """#)
        case ("ModifyImageAttribute", "2014-05-26"):
            guard query["ImageId"] != "m-missing" else {
                return reply(
                    404,
                    #"{"Code":"InvalidImageId.NotFound","Message":"The specified ImageId does not exist.","RequestId":"R-404"}"#
                )
            }
            return reply(200, #"{"RequestId":"R-renamed-\#(query["ImageName"] ?? "")"}"#)
        default:
            return reply(400, #"{"Code":"InvalidAction.NotFound","Message":"\#(action)","RequestId":"R-3"}"#)
        }
    }

    func withCatalog(_ body: (ImageCatalog, LoopbackServer) async throws -> Void) async throws {
        let server = try await LoopbackServer(handler: Self.answer)
        let configuration = RPCClientConfiguration(
            region: "cn-hangzhou", endpoint: ServiceEndpoint(server.url),
            credentials: StaticCredentialsProvider(Self.credentials), retry: .disabled)
        try await body(ImageCatalog(ecs: configuration, vpc: configuration), server)
        try await server.stop()
    }

    @Test("inventory: DescribeImages and DescribeVpcs, both generated at build time, decoded")
    func inventory() async throws {
        try await withCatalog { catalog, server in
            let inventory = try await catalog.inventory(region: "cn-hangzhou", pageSize: 20)
            #expect(inventory.images.map(\.imageId) == ["m-web", "m-db"])
            #expect(inventory.images.map(\.imageName) == ["web-2024", "db-2024"])
            #expect(inventory.images.map(\.status) == [.available, .creating])
            #expect(inventory.images.map(\.size) == [40, 80])  // "80": a number sent as a string, read leniently
            #expect(inventory.vpcs.map(\.vpcId) == ["vpc-main"])
            #expect(inventory.vpcs.map(\.cidrBlock) == ["192.168.0.0/16"])
            #expect(inventory.vpcs.first?.isDefault == false)
            let actions = await server.requests().map { $0.headers["x-acs-action"] ?? "" }
            #expect(actions == ["DescribeImages", "DescribeVpcs"])
        }
    }

    @Test("regions: DescribeRegions through ECSRegions, checked in to the example")
    func regions() async throws {
        try await withCatalog { catalog, _ in
            let regions = try await catalog.regions()
            #expect(regions == ["cn-hangzhou", "eu-central-1"])
        }
    }

    @Test("rename: ModifyImageAttribute through the checked-in AliyunECSImages product, and its typed error")
    func rename() async throws {
        try await withCatalog { catalog, server in
            let requestId = try await catalog.rename(image: "m-web", to: "web-2025", region: "cn-hangzhou")
            #expect(requestId == "R-renamed-web-2025")
            let error = await #expect(throws: ModifyImageAttributeError.self) {
                try await catalog.rename(image: "m-missing", to: "web-old", region: "cn-hangzhou")
            }
            #expect(error?.code == .invalidImageIdNotFound)
            let names = await server.requests().compactMap { request in
                request.query.first { $0.name == "ImageName" }?.value
            }
            #expect(names == ["web-2025", "web-old"])
        }
    }

    @Test("validation runs before anything is sent: a name that breaks the documented rule")
    func validation() async throws {
        try await withCatalog { catalog, server in
            await #expect(throws: RequestValidationError.self) {
                try await catalog.rename(image: "m-web", to: "http://not-allowed", region: "cn-hangzhou")
            }
            #expect(await server.requests().isEmpty)
        }
    }
}
