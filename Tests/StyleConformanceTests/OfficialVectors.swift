import AliyunRuntime
import Foundation
import NIOConcurrencyHelpers
import Testing

/// A request the official Python SDK sent, as `Scripts/official-sdk-vectors` recorded it (the RPC recorder's and
/// the ROA recorder's cases share these fields), and what a generated client must send to match it.
struct OfficialVector: Decodable, CustomTestStringConvertible, Sendable {
    struct Request: Decodable, Sendable {
        var method: String
        var path: String
        var query: [String: String]
        var headers: [String: String]
        var body: String?
        /// A body that is not text (OCR's image), base64.
        var bodyBase64: String?
    }

    struct File: Decodable {
        var cases: [OfficialVector]
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

    /// The cases of a vector file of `AliyunRuntimeTests/Fixtures` whose names start with `prefix` (the V3 ones by
    /// default) and contain `product`.
    static func cases(in file: String, product: String, prefix: String = "v3-") -> [OfficialVector] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("AliyunRuntimeTests/Fixtures/\(file)")
        guard let data = try? Data(contentsOf: url), let vectors = try? JSONDecoder().decode(File.self, from: data)
        else { return [] }
        return vectors.cases.filter { $0.name.hasPrefix(prefix) && $0.name.contains(product) }
    }

    /// A client configuration with the vector's endpoint, keys, time, nonce and user agent, sending through
    /// `transport`.
    func configuration() -> RPCClientConfiguration {
        RPCClientConfiguration(
            endpoint: ServiceEndpoint(host: endpoint),
            credentials: StaticCredentialsProvider(
                Credentials(
                    accessKeyId: accessKeyId, accessKeySecret: accessKeySecret, securityToken: securityToken)),
            userAgent: userAgent,
            now: { [timestamp] in (try? Date(timestamp, strategy: .iso8601)) ?? Date() },
            nonce: { [nonce] in nonce })
    }

    /// Checks that `sent` is the SDK's request: method, path, query, every header the SDK sent (but Content-Length,
    /// which each side's HTTP client writes from the body) and the body.
    func expectSame(as sent: HTTPRequest) throws {
        let url = try #require(URLComponents(string: sent.url))
        #expect(sent.method == request.method)
        #expect(url.percentEncodedPath == request.path)
        var query: [String: String] = [:]
        for item in url.queryItems ?? [] { query[item.name] = item.value ?? "" }
        #expect(query == request.query)
        let headers = Dictionary(sent.headers.map { ($0.name.lowercased(), $0.value) }) { first, _ in first }
        for (name, value) in request.headers where name.lowercased() != "content-length" {
            #expect(headers[name.lowercased()] == value, "\(name)")
        }
        let body = request.bodyBase64.flatMap { Data(base64Encoded: $0) }.map { Array($0) }
        #expect(sent.body == (body ?? Array((request.body ?? "").utf8)))
    }
}

/// Answers `{}` to every request, keeping each: a transport that sends nothing.
final class CapturingTransport: HTTPTransport, Sendable {
    let requests = NIOLockedValueBox<[HTTPRequest]>([])

    func send(_ request: HTTPRequest, timeouts: Timeouts) async throws -> HTTPResponse {
        requests.withLockedValue { $0.append(request) }
        return HTTPResponse(status: 200, headers: [:], body: Array("{}".utf8))
    }

    /// The first request sent.
    var first: HTTPRequest? { requests.withLockedValue { $0.first } }
}
