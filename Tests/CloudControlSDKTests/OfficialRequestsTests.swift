import AliyunRuntime
import CloudControlSDK
import Foundation
import NIOConcurrencyHelpers
import Testing

/// The client generated from Cloud Control's metadata (style V3: ROA operations signed with ACS3, a path that is
/// a parameter whole) sends, byte for byte, the requests its official Python SDK sends
/// (alibabacloud-cloudcontrol20220830 1.3.1), as recorded by `Scripts/official-sdk-vectors/record_roa_vectors.py`
/// (the vectors `.ci/run` records again from PyPI): same method, path, query, headers, signature and body, with the
/// SDK's time, nonce, user agent and keys. The requests are captured by a transport that sends nothing.
@Suite("Cloud Control (V3 style): the generated client's requests are the official SDK's")
struct OfficialRequestsTests {
    struct Vectors: Decodable {
        var cases: [Vector]
    }

    struct Vector: Decodable, CustomTestStringConvertible {
        struct Request: Decodable {
            var method: String
            var path: String
            var query: [String: String]
            var headers: [String: String]
            var body: String?
        }

        var name: String
        var accessKeyId: String
        var accessKeySecret: String
        var securityToken: String?
        var timestamp: String
        var nonce: String
        var userAgent: String
        var endpoint: String
        var request: Request

        var testDescription: String { name }
    }

    /// Answers `{}` to every request, keeping each.
    final class Capture: HTTPTransport, Sendable {
        let requests = NIOLockedValueBox<[HTTPRequest]>([])

        func send(_ request: HTTPRequest, timeouts: Timeouts) async throws -> HTTPResponse {
            requests.withLockedValue { $0.append(request) }
            return HTTPResponse(status: 200, headers: [:], body: Array("{}".utf8))
        }
    }

    static let vectors: [Vector] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("AliyunRuntimeTests/Fixtures/official-sdk-roa-vectors.json")
        guard let data = try? Data(contentsOf: url), let vectors = try? JSONDecoder().decode(Vectors.self, from: data)
        else { return [] }
        return vectors.cases.filter { $0.name.hasPrefix("v3-") && $0.name.contains("cloudcontrol") }
    }()

    static let resourcePath = "/api/v1/providers/Aliyun/products/ECS/resources/ACS::ECS::Instance"

    @Test("the recorded vectors are there: three operations, with and without an STS token")
    func present() {
        #expect(Self.vectors.count == 6)
    }

    @Test("each request is the SDK's", arguments: vectors)
    func sameRequest(_ vector: Vector) async throws {
        let transport = Capture()
        let configuration = RPCClientConfiguration(
            endpoint: ServiceEndpoint(host: vector.endpoint),
            credentials: StaticCredentialsProvider(
                Credentials(
                    accessKeyId: vector.accessKeyId, accessKeySecret: vector.accessKeySecret,
                    securityToken: vector.securityToken)),
            userAgent: vector.userAgent,
            now: { [timestamp = vector.timestamp] in (try? Date(timestamp, strategy: .iso8601)) ?? Date() },
            nonce: { [nonce = vector.nonce] in nonce })
        let client = CloudcontrolClient(configuration: configuration, transport: transport)
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
        let sent = try #require(transport.requests.withLockedValue { $0.first })
        let url = try #require(URLComponents(string: sent.url))
        #expect(sent.method == vector.request.method)
        #expect(url.percentEncodedPath == vector.request.path)
        var query: [String: String] = [:]
        for item in url.queryItems ?? [] { query[item.name] = item.value ?? "" }
        #expect(query == vector.request.query)
        let headers = Dictionary(sent.headers.map { ($0.name.lowercased(), $0.value) }) { first, _ in first }
        // Content-Length is the HTTP client's, from the body (compared below), on both sides.
        for (name, value) in vector.request.headers where name.lowercased() != "content-length" {
            #expect(headers[name.lowercased()] == value, "\(name)")
        }
        #expect(sent.body == Array((vector.request.body ?? "").utf8))
    }
}
