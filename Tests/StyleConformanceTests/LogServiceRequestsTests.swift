import AliyunRuntime
import AliyunSLS
import AliyunSLSRuntime
import Foundation
import Testing

/// The Log Service client generated from its metadata (style SLS: its own gateway) sends, byte for byte, the requests
/// its official Python SDK sends (alibabacloud-sls20201230 5.15.1 through alibabacloud_gateway_sls 0.4.2): the project in
/// the host, `LOG` signatures over the `x-log-*` headers, a path's own query moved into the query, a path segment
/// signed as it is and quoted as the SDK's HTTP client quotes it, and PutLogs's protobuf log group compressed with
/// LZ4 and with Zstandard, small and large.
@Suite("Log Service (SLS style): the generated client's requests are the official SDK's")
struct LogServiceRequestsTests {
    static let vectors = OfficialVector.cases(in: "official-sdk-gateway-vectors.json", product: "-sls-", prefix: "")

    @Test("the recorded vectors are there: nine calls, with and without an STS token")
    func present() {
        #expect(Self.vectors.count == 18)
    }

    @Test("each request is the SDK's", arguments: vectors)
    func sameRequest(_ vector: OfficialVector) async throws {
        let transport = CapturingTransport()
        let client = SLSClient(configuration: vector.configuration(), transport: transport)
        let call = String(vector.name.drop { $0 != "-" }.dropFirst())
        switch call {
        case "sls-get-logs-v2":
            _ = try await client.getLogsV2(
                GetLogsV2Request(
                    project: "my-project", logstore: "my logstore/ü", from: 1_764_417_600,
                    to: 1_764_421_200, line: 100, offset: 0, reverse: true, topic: "a+b",
                    query: "level: WARN | select count(*) 中文"))
        case "sls-create-logstore":
            _ = try await client.createLogStore(
                CreateLogStoreRequest(
                    project: "my-project", logstoreName: "app-logs", shardCount: 2, ttl: 30, autoSplit: true,
                    maxSplitShard: 64))
        case "sls-get-cursor":
            _ = try await client.getCursor(
                GetCursorRequest(project: "my-project", logstore: "app-logs", shardId: 0, from: "begin"))
        case "sls-list-project":
            _ = try await client.listProject(ListProjectRequest(projectName: "a b+中 ~*", offset: 0, size: 10))
        case "sls-delete-logstore":
            _ = try await client.deleteLogStore(DeleteLogStoreRequest(project: "my-project", logstore: "app-logs"))
        default:
            let compression = call.contains("lz4") ? "lz4" : "zstd"
            _ = try await client.putLogs(
                PutLogsRequest(
                    project: "my-project", logstore: "app-logs", xLogCompresstype: .init(rawValue: compression),
                    body: Self.logGroup(count: call.hasSuffix("-many") ? 500 : 3)))
        }
        try vector.expectSame(as: try #require(transport.first))
    }

    /// The recorder's `log_group(count)`.
    static func logGroup(count: Int) -> LogGroup {
        LogGroup(
            topic: "web", source: "10.0.0.1",
            logTags: [LogTag(key: "host", value: "web-1"), LogTag(key: "env", value: "prod")],
            logItems: (0..<count).map { index in
                LogItem(
                    time: 1_764_417_600 + index,
                    contents: [
                        LogContent(key: "level", value: index % 3 == 0 ? "WARN" : "INFO"),
                        LogContent(key: "message", value: "request \(index) served in \(index * 7 % 97) ms 中文 é"),
                        LogContent(key: "path", value: "/api/v1/items?id=\(index)"),
                    ])
            })
    }
}
