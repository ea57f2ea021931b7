import AliyunRuntime
import AliyunSLS
import AliyunSLSRuntime
import Foundation
import LoopbackServer
import Testing

/// The generated Log Service client (`AliyunSLS`) over real HTTP: a loopback Log Service reached at an IPv4 endpoint,
/// which checks the project in the host header and the LOG signature, and answers errors as Log Service does. Its
/// documented errors (from the overlay) come back typed.
@Suite("Generated SLS client: signed calls over HTTP and documented errors")
struct GeneratedSLSClientTests {
    static let credentials = Credentials(accessKeyId: "test-key-id", accessKeySecret: "test-key-secret")

    static func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Reply {
        let rawPath = String(request.uri.prefix { $0 != "?" })
        let path = rawPath.removingPercentEncoding ?? rawPath
        func error(_ status: Int, _ code: String) -> LoopbackServer.Reply {
            .respond(
                status: status, headers: ["content-type": "application/json", "x-log-requestid": "loopback"],
                body: #"{"errorCode":"\#(code)","errorMessage":"loopback says \#(code)"}"#, delay: .zero)
        }
        guard request.headers["authorization"] == LoopbackSLS.expectedAuthorization(request, credentials: credentials)
        else { return error(401, "SignatureNotMatch") }
        guard request.headers["host"]?.hasPrefix("my-project.127.0.0.1:") == true else {
            return error(404, "ProjectNotExist")
        }
        switch path {
        case "/logstores/app logs/shards/0" where request.query.contains { $0.name == "type" && $0.value == "log" }:
            guard request.headers["accept-encoding"] == "zstd",
                let raw = try? Self.encoded(Self.pulled),
                let compressed = try? SLSCompression.zstd.compress(raw)
            else { return error(400, "InvalidCompressType") }
            return .respondBytes(
                status: 200,
                headers: [
                    "content-type": "application/x-protobuf", "x-log-compresstype": "zstd",
                    "x-log-bodyrawsize": String(raw.count), "x-log-cursor": "next-cursor", "x-log-count": "2",
                ],
                body: compressed)
        case "/logstores/app logs":
            return .respond(
                status: 200, headers: ["content-type": "application/json"], body: #"{"logstoreName":"app logs"}"#,
                delay: .zero)
        case "/logstores/late":
            return error(400, "RequestTimeExpired")
        default:
            return error(404, "LogStoreNotExist")
        }
    }

    /// What the loopback PullLogs answers: two groups, one with a topic, a source and a tag.
    static let pulled = [
        SLSLogGroup(
            logs: [
                SLSLogRecord(
                    time: 1_764_417_600, nanoseconds: 7, contents: [SLSLogField(key: "message", value: "中文 a")]),
                SLSLogRecord(time: 1_764_417_601, contents: [SLSLogField(key: "level", value: "info")]),
            ],
            topic: "api", source: "10.0.0.1", tags: [SLSLogField(key: "host", value: "web-1")]),
        SLSLogGroup(logs: [SLSLogRecord(time: 1_764_417_602, contents: [])]),
    ]

    /// Log groups as the protobuf `LogGroupList` PullLogs answers.
    static func encoded(_ groups: [SLSLogGroup]) throws -> [UInt8] {
        var list = SLSWireLogGroupList()
        list.logGroups = groups.map(\.wire)
        return try list.serializedBytes()
    }

    @Test(
        "PullLogs answers bytes (protobuf, Zstandard-compressed), decompressed by the gateway and read into log groups")
    func pullLogs() async throws {
        let server = try await LoopbackServer { Self.answer($0) }
        let client = SLSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(host: "127.0.0.1", scheme: "http", port: server.port),
                credentials: StaticCredentialsProvider(Self.credentials)))
        let answer = try await client.pullLogs(
            PullLogsRequest(project: "my-project", logStore: "app logs", shardId: 0, cursor: "MTQ=", count: 100))
        #expect(answer.headers["x-log-cursor"] == "next-cursor")
        #expect(try SLSLogGroupList.groups(from: try await answer.collect().body) == Self.pulled)
        #expect(throws: SLSLogGroupError.self) { try SLSLogGroupList.groups(from: [0xFF, 0xFF, 0xFF]) }
        try await server.stop()
    }

    @Test("a signed call succeeds; a missing logstore and a common error come back as the operation's typed error")
    func typedErrors() async throws {
        let server = try await LoopbackServer { Self.answer($0) }
        let client = SLSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(host: "127.0.0.1", scheme: "http", port: server.port),
                credentials: StaticCredentialsProvider(Self.credentials)))
        _ = try await client.getLogStore(GetLogStoreRequest(logstore: "app logs", project: "my-project"))
        let missing = await #expect(throws: GetLogStoreError.self) {
            try await client.getLogStore(GetLogStoreRequest(logstore: "gone", project: "my-project"))
        }
        #expect(missing?.code == .logStoreNotExist)
        #expect(missing?.serviceError.httpStatus == 404)
        #expect(GetLogStoreError.documentedRows.contains { $0.code == .logStoreNotExist && $0.httpStatus == 404 })
        let late = await #expect(throws: GetLogStoreError.self) {
            try await client.getLogStore(GetLogStoreRequest(logstore: "late", project: "my-project"))
        }
        #expect(late?.code == .requestTimeExpired)
        try await server.stop()
    }
}
