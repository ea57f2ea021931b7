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
        let headers = request.headers.filter { $0.key != "authorization" }.map { (name: $0.key, value: $0.value) }
        let expected = SLSSigner.authorization(
            method: request.method, path: path,
            query: request.query.map { RPCQueryItem(name: $0.name, value: $0.value) },
            headers: headers, credentials: credentials)
        func error(_ status: Int, _ code: String) -> LoopbackServer.Reply {
            .respond(
                status: status, headers: ["content-type": "application/json", "x-log-requestid": "loopback"],
                body: #"{"errorCode":"\#(code)","errorMessage":"loopback says \#(code)"}"#, delay: .zero)
        }
        guard request.headers["authorization"] == expected.value else { return error(401, "SignatureNotMatch") }
        guard request.headers["host"]?.hasPrefix("my-project.127.0.0.1:") == true else {
            return error(404, "ProjectNotExist")
        }
        switch path {
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
