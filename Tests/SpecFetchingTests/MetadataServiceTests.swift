import AliyunRuntime
import Foundation
import LoopbackServer
import SpecFetching
import Testing

/// The metadata service client against the corpus served over loopback HTTP: the product list, a product's
/// api-docs, and every fault a network gives: a 500 then success, a truncated body, the wrong product, a 404, a hang.
@Suite("MetadataService: the product list and api-docs over HTTP, with faults")
struct MetadataServiceTests {
    /// Sleeps not at all, so that retries are immediate.
    struct NoSleep: Sleeper {
        func sleep(for duration: Duration) async throws {}
    }

    static func service(_ server: CorpusMetadataServer, read: Duration = .seconds(10)) -> MetadataService {
        MetadataService(
            baseURL: server.url + "/", timeouts: Timeouts(connect: .seconds(2), read: read, total: read * 2),
            attempts: 3, sleeper: NoSleep())
    }

    static let docsPath = "/meta/v1/products/Ecs/versions/2014-05-26/api-docs.json"

    @Test("the list has every corpus product with its versions and default; ECS's api-docs come back checked")
    func listAndFetch() async throws {
        let server = try await CorpusMetadataServer(corpus: CorpusPaths.newer)
        let service = Self.service(server)
        let products = try await service.products()
        let folders = try FileManager.default.contentsOfDirectory(atPath: CorpusPaths.newer.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
        #expect(products.count == folders.count)
        let sms = try #require(products.first { $0.code == "Dysmsapi" })
        #expect(sms.versions == ["2017-05-25", "2018-05-01"])
        #expect(sms.chosenVersion == "2018-05-01")
        #expect(products.map(\.code) == products.map(\.code).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) })
        let spec = try await service.apiDocs(product: "Ecs", version: "2014-05-26")
        let file = try Data(contentsOf: CorpusPaths.newer.appendingPathComponent("ecs/2014-05-26/api-docs.json"))
        #expect(spec.bytes == Array(file))
        #expect(spec.sha256 == V3Signer.payloadHash(Array(file)))
        #expect(spec.url == server.url + Self.docsPath)
        try await server.stop()
    }

    @Test("a 500 is asked again, and the second answer taken")
    func retriesServerError() async throws {
        let server = try await CorpusMetadataServer(corpus: CorpusPaths.newer, products: ["ecs"]) { path, n in
            path == Self.docsPath && n == 0
                ? .respond(status: 500, headers: [:], body: "InternalError", delay: .zero) : nil
        }
        let spec = try await Self.service(server).apiDocs(product: "Ecs", version: "2014-05-26")
        #expect(!spec.bytes.isEmpty)
        #expect(server.requests(of: Self.docsPath) == 2)
        try await server.stop()
    }

    @Test("a body cut short is refused as not JSON, saying nothing was written")
    func truncated() async throws {
        let file = try Data(contentsOf: CorpusPaths.newer.appendingPathComponent("ecs/2014-05-26/api-docs.json"))
        let server = try await CorpusMetadataServer(corpus: CorpusPaths.newer, products: ["ecs"]) { path, _ in
            path == Self.docsPath
                ? .respondBytes(status: 200, headers: [:], body: Array(file.prefix(file.count / 2))) : nil
        }
        let error = await #expect(throws: MetadataError.self) {
            _ = try await Self.service(server).apiDocs(product: "Ecs", version: "2014-05-26")
        }
        #expect(error?.message.contains("is not JSON (truncated?)") == true)
        try await server.stop()
    }

    @Test("another product's document is refused by name")
    func wrongProduct() async throws {
        let vpc = try Data(contentsOf: CorpusPaths.newer.appendingPathComponent("vpc/2016-04-28/api-docs.json"))
        let server = try await CorpusMetadataServer(corpus: CorpusPaths.newer, products: ["ecs"]) { path, _ in
            path == Self.docsPath ? .respondBytes(status: 200, headers: [:], body: Array(vpc)) : nil
        }
        let error = await #expect(throws: MetadataError.self) {
            _ = try await Self.service(server).apiDocs(product: "Ecs", version: "2014-05-26")
        }
        #expect(error?.message.contains("describes product 'Vpc', not Ecs") == true)
        try await server.stop()
    }

    @Test("a 404 is not asked again and says there is no such product or version")
    func notFound() async throws {
        let server = try await CorpusMetadataServer(corpus: CorpusPaths.newer, products: ["ecs"])
        let error = await #expect(throws: MetadataError.self) {
            _ = try await Self.service(server).apiDocs(product: "Ecs", version: "1999-01-01")
        }
        #expect(error?.message.contains("HTTP 404 (no such product or version there)") == true)
        #expect(server.requests(of: "/meta/v1/products/Ecs/versions/1999-01-01/api-docs.json") == 1)
        try await server.stop()
    }

    @Test("a server that never answers times out on every attempt, and the error says what to do")
    func hang() async throws {
        let server = try await CorpusMetadataServer(corpus: CorpusPaths.newer, products: ["ecs"]) { _, _ in .hang }
        let error = await #expect(throws: MetadataError.self) {
            _ = try await Self.service(server, read: .milliseconds(300)).products()
        }
        #expect(error?.message.hasPrefix("cannot reach \(server.url)/meta/v1/products.json: ") == true)
        #expect(error?.message.contains("(3 attempts)") == true)
        #expect(error?.message.contains("No network? Download that address yourself") == true)
        #expect(server.requests(of: "/meta/v1/products.json") == 3)
        try await server.stop()
    }

    @Test("a port nobody listens on is a clear error, not a crash")
    func refused() async throws {
        let port = try RefusingPort()
        let service = MetadataService(baseURL: port.url, attempts: 2, sleeper: NoSleep())
        let error = await #expect(throws: MetadataError.self) { _ = try await service.products() }
        #expect(error?.message.hasPrefix("cannot reach \(port.url)/meta/v1/products.json") == true)
    }

    @Test("the language is asked for in the query")
    func language() {
        let service = MetadataService(baseURL: "https://api.aliyun.com", language: "EN_US")
        #expect(service.productsURL == "https://api.aliyun.com/meta/v1/products.json?language=EN_US")
        #expect(
            service.apiDocsURL(product: "Ecs", version: "2014-05-26")
                == "https://api.aliyun.com/meta/v1/products/Ecs/versions/2014-05-26/api-docs.json?language=EN_US")
    }
}
