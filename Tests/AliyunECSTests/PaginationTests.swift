import AliyunECSImages
import AliyunRuntime
import Foundation
import LoopbackServer
import Testing

/// Page-number paging (ECS `DescribeImages`) against a real HTTP server on 127.0.0.1 that pages as ECS
/// does: `PageNumber` and `PageSize` in, `TotalCount` out.
@Suite("Paginators: page-number paging over HTTP")
struct PaginationTests {
    /// `total` images, `PageSize` per page (ECS's default 10).
    static func server(total: Int, answersPageSize: Bool = true) async throws -> LoopbackServer {
        try await LoopbackServer { request in
            let query = Dictionary(request.query.map { ($0.name, $0.value) }) { first, _ in first }
            let number = Int(query["PageNumber"] ?? "1") ?? 1
            let size = Int(query["PageSize"] ?? "10") ?? 10
            let first = (number - 1) * size
            let images = (first..<min(first + size, total)).map { #"{"ImageId":"m-\#($0)"}"# }
            let sizeField = answersPageSize ? #","PageSize":\#(size)"# : ""
            return .respond(
                status: 200, headers: ["content-type": "application/json"],
                body: #"{"RequestId":"R","TotalCount":\#(total),"PageNumber":\#(number)\#(sizeField),"#
                    + #""Images":{"Image":[\#(images.joined(separator: ","))]}}"#,
                delay: .zero)
        }
    }

    static func client(_ server: LoopbackServer) -> ECSClient {
        ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(server.url),
                credentials: StaticCredentialsProvider(Credentials(accessKeyId: "LTAI-p", accessKeySecret: "s")),
                retry: .disabled))
    }

    @Test(
        "pages until TotalCount is covered, whether the answer or only the request gives the page size",
        arguments: [true, false])
    func coversTotalCount(answersPageSize: Bool) async throws {
        let server = try await Self.server(total: 5, answersPageSize: answersPageSize)
        let client = Self.client(server)
        var ids: [String] = []
        let request = DescribeImagesRequest(regionId: "cn-hangzhou", pageSize: 2)
        for try await image in client.describeImagesItems(request) { ids.append(image.imageId ?? "") }
        #expect(ids == ["m-0", "m-1", "m-2", "m-3", "m-4"])
        let numbers = await server.requests().map { $0.query.first { $0.name == "PageNumber" }?.value }
        #expect(numbers == [nil, "2", "3"])
        try await server.stop()
    }

    @Test("a page count that divides TotalCount exactly asks for no extra page; an empty result is one page")
    func exactAndEmpty() async throws {
        let server = try await Self.server(total: 4)
        var pages = 0
        for try await _ in Self.client(server).describeImagesPages(
            DescribeImagesRequest(regionId: "cn-hangzhou", pageSize: 2))
        { pages += 1 }
        #expect(pages == 2)
        try await server.stop()
        let empty = try await Self.server(total: 0)
        var emptyPages = 0
        for try await _ in Self.client(empty).describeImagesPages(DescribeImagesRequest(regionId: "cn-hangzhou")) {
            emptyPages += 1
        }
        #expect(emptyPages == 1)
        #expect(await empty.requests().count == 1)
        try await empty.stop()
    }

    @Test("paging starts at the request's own page number")
    func startsWhereAsked() async throws {
        let server = try await Self.server(total: 6)
        var ids: [String] = []
        let request = DescribeImagesRequest(regionId: "cn-hangzhou", pageNumber: 2, pageSize: 2)
        for try await image in Self.client(server).describeImagesItems(request) { ids.append(image.imageId ?? "") }
        #expect(ids == ["m-2", "m-3", "m-4", "m-5"])
        try await server.stop()
    }
}
