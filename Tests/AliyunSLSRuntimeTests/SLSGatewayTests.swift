import AliyunRuntime
import AliyunSLSRuntime
import Foundation
import Testing

@Suite("SLSGateway: Log Service's host, headers, signature and compressed answers")
struct SLSGatewayTests {
    static let configuration = RPCClientConfiguration(
        endpoint: ServiceEndpoint(host: "cn-hangzhou.log.aliyuncs.com"),
        credentials: StaticCredentialsProvider(Credentials(accessKeyId: "id", accessKeySecret: "secret")))

    static func request(
        _ call: RPCCall, credentials: Credentials? = Credentials(accessKeyId: "id", accessKeySecret: "s")
    )
        throws -> HTTPRequest
    {
        var input = SigningInput(
            method: call.method, host: "cn-hangzhou.log.aliyuncs.com", action: call.action, version: call.version,
            parameters: call.parameters, date: Date(timeIntervalSince1970: 1_764_417_600), nonce: "n",
            userAgent: "ua", credentials: credentials)
        input.path = call.path
        return try SLSGateway().request(
            for: call, input: input, endpoint: ServiceEndpoint(host: "cn-hangzhou.log.aliyuncs.com", port: 8443),
            configuration: configuration)
    }

    static func call(_ action: String, path: String, method: String = "GET") -> RPCCall {
        var call = RPCCall(
            product: "Sls", version: "2020-12-30", action: action,
            parameters: [RPCQueryItem(name: "from", value: "a b")])
        call.style = .roa
        call.method = method
        call.path = path
        call.hostParameters = [RPCQueryItem(name: "project", value: "my-project")]
        return call
    }

    @Test("the project goes in the host, the path's own query into the query, the port is kept")
    func addressing() throws {
        let request = try Self.request(Self.call("GetCursor", path: "/logstores/ls/shards/0?type=cursor"))
        #expect(
            request.url
                == "https://my-project.cn-hangzhou.log.aliyuncs.com:8443/logstores/ls/shards/0?from=a%20b&type=cursor")
        #expect(request.headers.first { $0.name == "host" }?.value == "my-project.cn-hangzhou.log.aliyuncs.com:8443")
        // No body: an empty content-md5, a raw size of 0 and the default content type, as the official gateway sends.
        #expect(request.headers.first { $0.name == "content-md5" }?.value == "")
        #expect(request.headers.first { $0.name == "x-log-bodyrawsize" }?.value == "0")
        #expect(request.headers.first { $0.name == "content-type" }?.value == "application/json")
        #expect(request.headers.last?.name == "authorization")
    }

    @Test("an IPv4 endpoint is reached as it is, the project only in the host header, as the aliyun-log SDK does")
    func addressEndpoint() throws {
        let call = Self.call("GetCursor", path: "/logstores/ls/shards/0?type=cursor")
        var input = SigningInput(
            method: call.method, host: "10.0.0.5", action: call.action, version: call.version,
            parameters: call.parameters, date: Date(timeIntervalSince1970: 1_764_417_600), nonce: "n", userAgent: "ua",
            credentials: Credentials(accessKeyId: "id", accessKeySecret: "s"))
        input.path = call.path
        let request = try SLSGateway().request(
            for: call, input: input, endpoint: ServiceEndpoint(host: "10.0.0.5", scheme: "http", port: 8080),
            configuration: Self.configuration)
        #expect(request.url == "http://10.0.0.5:8080/logstores/ls/shards/0?from=a%20b&type=cursor")
        #expect(request.headers.first { $0.name == "host" }?.value == "my-project.10.0.0.5:8080")
        // Not an address: four labels that are not all numbers below 256.
        for host in ["10.0.0.256", "1.2.3", "a.b.c.d", "1.2.3.4.5", "1..2.3"] {
            input.host = host
            let named = try SLSGateway().request(
                for: call, input: input, endpoint: ServiceEndpoint(host: host, scheme: "http"),
                configuration: Self.configuration)
            #expect(named.url.hasPrefix("http://my-project.\(host)/"), "\(host)")
        }
    }

    @Test("an anonymous call is sent unsigned")
    func anonymous() throws {
        let request = try Self.request(Self.call("PutWebtracking", path: "/logstores/ls/track"), credentials: nil)
        #expect(!request.headers.contains { $0.name == "authorization" || $0.name == "x-log-signaturemethod" })
    }

    @Test("GetLogsV2 asks for Zstandard unless the call asks for another encoding")
    func acceptEncoding() throws {
        let asked = try Self.request(Self.call("GetLogsV2", path: "/logstores/ls/logs", method: "POST"))
        #expect(asked.headers.first { $0.name == "Accept-Encoding" }?.value == "zstd")
        var own = Self.call("GetLogsV2", path: "/logstores/ls/logs", method: "POST")
        own.headers = [RPCQueryItem(name: "Accept-Encoding", value: "lz4")]
        let request = try Self.request(own)
        #expect(request.headers.filter { $0.name.lowercased() == "accept-encoding" }.map(\.value) == ["lz4"])
    }

    @Test("a compression this runtime does not write is refused before anything is sent")
    func unknownCompression() throws {
        var call = Self.call("PutLogs", path: "/logstores/ls/shards/lb", method: "POST")
        call.headers = [RPCQueryItem(name: "x-log-compresstype", value: "deflate")]
        call.content = .json(.object(["LogItems": .array([])]))
        #expect(throws: SLSCompressionError.self) { try Self.request(call) }
    }

    @Test("a PutLogs log group given as protobuf is sent as it is, as the same log group written as JSON is sent")
    func protobufBody() throws {
        let json = JSONValue.object([
            "LogItems": .array([
                .object([
                    "Time": .integer(1_764_417_600), "TimeNs": .integer(5),
                    "Contents": .array([.object(["Key": .string("k"), "Value": .string("中文")])]),
                ])
            ]),
            "Topic": .string("t"),
        ])
        let protobuf = try SLSLogGroupCoding.protobuf(fromJSON: json)
        var fromJSON = Self.call("PutLogs", path: "/logstores/ls/shards/lb", method: "POST")
        fromJSON.content = .json(json)
        var given = fromJSON
        given.content = RequestContent(bytes: protobuf, contentType: SLSLogGroupCoding.protobufContentType)
        let sent = try Self.request(given)
        let expected = try Self.request(fromJSON)
        #expect(sent.url == expected.url && sent.body == expected.body)
        #expect(sent.headers.map { "\($0.name): \($0.value)" } == expected.headers.map { "\($0.name): \($0.value)" })
        #expect(sent.headers.first { $0.name == "x-log-bodyrawsize" }?.value == String(protobuf.count))
        #expect(sent.headers.first { $0.name == "content-type" }?.value == "application/x-protobuf")
        #expect(try SLSCompression.zstd.decompress(sent.body, rawSize: protobuf.count) == protobuf)
    }

    @Test("an answer in x-log-compresstype is decompressed to its x-log-bodyrawsize; a broken one is refused")
    func answers() throws {
        let json = Array(#"{"count":1,"logs":[{"message":"中文"}]}"#.utf8)
        let compressed = try SLSCompression.lz4.compress(json)
        let call = Self.call("GetLogsV2", path: "/logstores/ls/logs", method: "POST")
        let reply = RPCReply(
            status: 200, headers: ["x-log-compresstype": "lz4", "x-log-bodyrawsize": "\(json.count)"], body: compressed)
        #expect(try SLSGateway().reply(reply, to: call).body == json)
        var lying = reply
        lying.headers["x-log-bodyrawsize"] = "\(json.count * 2)"
        #expect(throws: SLSCompressionError.self) { try SLSGateway().reply(lying, to: call) }
        var unknown = reply
        unknown.headers["x-log-compresstype"] = "snappy"
        #expect(throws: SLSCompressionError.self) { try SLSGateway().reply(unknown, to: call) }
        let plain = RPCReply(status: 200, headers: [:], body: json)
        #expect(try SLSGateway().reply(plain, to: call) == plain)
    }
}
