import AliyunRuntime
import AliyunSLSRuntime
import Foundation
import LoopbackServer
import NIOConcurrencyHelpers

/// A Log Service on 127.0.0.1 for producer tests: it takes PutLogs calls over real HTTP, checks each as Log Service
/// would (path, host, signature, compression, protobuf), answers as the test says, and keeps the log groups it
/// accepted.
final class LoopbackSLS: Sendable {
    /// A PutLogs call the service read.
    struct Received: Sendable {
        /// The log group.
        var group: SLSWireLogGroup
        /// `x-log-compresstype`.
        var compression: String
        /// `x-log-bodyrawsize`: the protobuf's size before compression.
        var rawSize: Int
    }

    static let credentials = Credentials(accessKeyId: "test-key-id", accessKeySecret: "test-key-secret")
    static let project = "test-project"
    static let logstore = "test-logstore"

    private struct State {
        var attempts = 0
        var accepted: [Received] = []
        var problems: [String] = []
    }

    let server: LoopbackServer
    private let state: NIOLockedValueBox<State>

    /// A service answering the `n`th call (from 0) as `answer` says; every call accepted unless told otherwise.
    init(answer: @escaping @Sendable (Int) -> LoopbackServer.Reply = { _ in LoopbackSLS.success }) async throws {
        let state = NIOLockedValueBox(State())
        self.state = state
        server = try await LoopbackServer { request in
            let attempt = state.withLockedValue { state in
                defer { state.attempts += 1 }
                return state.attempts
            }
            let received: Received
            do {
                received = try Self.read(request)
            } catch {
                state.withLockedValue { $0.problems.append("\(error)") }
                return .respond(
                    status: 400, headers: [:], body: #"{"errorCode":"PostBodyInvalid","errorMessage":"unreadable"}"#,
                    delay: .zero)
            }
            let reply = answer(attempt)
            if case .respond(let status, _, _, _) = reply, (200..<300).contains(status) {
                state.withLockedValue { $0.accepted.append(received) }
            }
            return reply
        }
    }

    /// Log Service's answer to a PutLogs it accepted.
    static let success = LoopbackServer.Reply.respond(
        status: 200, headers: ["x-log-requestid": "loopback"], body: "", delay: .zero)

    /// An error answer as Log Service writes one.
    static func failure(_ status: Int, _ code: String) -> LoopbackServer.Reply {
        .respond(
            status: status, headers: ["content-type": "application/json"],
            body: #"{"errorCode":"\#(code)","errorMessage":"loopback says \#(code)"}"#, delay: .zero)
    }

    /// The calls received, accepted or not.
    var attempts: Int { state.withLockedValue { $0.attempts } }
    /// The calls accepted, in order.
    var accepted: [Received] { state.withLockedValue { $0.accepted } }
    /// What was wrong with the calls that could not be read (a bad signature, say): empty when all were right.
    var problems: [String] { state.withLockedValue { $0.problems } }
    /// Every log accepted, in order.
    var logs: [SLSWireLog] { accepted.flatMap(\.group.logs) }

    /// A producer sending to this service: its endpoint `http://sls.test:<port>`, with the project in the host, is
    /// reached through ``LoopbackTransport``.
    func producer(_ configure: (inout SLSProducerConfiguration) -> Void = { _ in }) -> SLSProducer {
        Self.producer(port: server.port, configure)
    }

    /// A producer sending to `127.0.0.1:port`, whoever listens there (or no one).
    static func producer(port: Int, _ configure: (inout SLSProducerConfiguration) -> Void = { _ in }) -> SLSProducer {
        let client = RPCClientConfiguration(
            endpoint: ServiceEndpoint(host: "sls.test", scheme: "http", port: port),
            credentials: StaticCredentialsProvider(credentials),
            timeouts: Timeouts(connect: .seconds(5), read: .seconds(10), total: .seconds(20)))
        var configuration = SLSProducerConfiguration(
            client: client, project: project, logstore: logstore,
            retry: RetryPolicy(
                maxAttempts: 5, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50), maxTotalDelay: .seconds(5)))
        configure(&configuration)
        return SLSProducer(configuration: configuration, transport: LoopbackTransport(port: port))
    }

    func stop() async throws { try await server.stop() }

    /// The `authorization` Log Service expects of a request as received (its path percent-decoded), signed with
    /// `credentials`.
    static func expectedAuthorization(_ request: LoopbackServer.Request, credentials: Credentials) -> String {
        let rawPath = String(request.uri.prefix { $0 != "?" })
        let headers = request.headers.filter { $0.key != "authorization" }.map { (name: $0.key, value: $0.value) }
        return SLSSigner.authorization(
            method: request.method, path: rawPath.removingPercentEncoding ?? rawPath,
            query: request.query.map { RPCQueryItem(name: $0.name, value: $0.value) }, headers: headers,
            credentials: credentials
        ).value
    }

    /// The call checked as Log Service checks it, and its log group.
    private static func read(_ request: LoopbackServer.Request) throws -> Received {
        let rawPath = String(request.uri.prefix { $0 != "?" })
        let path = rawPath.removingPercentEncoding ?? rawPath
        guard request.method == "POST", path == "/logstores/\(logstore)/shards/lb" else {
            throw LoopbackSLSProblem("unexpected \(request.method) \(request.uri)")
        }
        guard request.headers["host"]?.hasPrefix("\(project).sls.test:") == true else {
            throw LoopbackSLSProblem("the project is not in the host: \(request.headers["host"] ?? "none")")
        }
        let expected = expectedAuthorization(request, credentials: credentials)
        guard request.headers["authorization"] == expected else {
            throw LoopbackSLSProblem(
                "signature mismatch: got \(request.headers["authorization"] ?? "none"), want \(expected)")
        }
        guard let named = request.headers["x-log-compresstype"], let compression = SLSCompression(headerValue: named),
            let rawSize = request.headers["x-log-bodyrawsize"].flatMap({ Int($0) })
        else {
            throw LoopbackSLSProblem("no compression or raw size")
        }
        let bytes = try compression.decompress(request.body, rawSize: rawSize)
        let group = try SLSWireLogGroup(serializedBytes: bytes)
        return Received(group: group, compression: named, rawSize: rawSize)
    }
}

/// Something a received call got wrong.
struct LoopbackSLSProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Sends every request to 127.0.0.1 at one port, its `host` header unchanged: how a producer whose endpoint puts
/// the project in the host (`test-project.sls.test`) reaches a loopback service.
struct LoopbackTransport: HTTPTransport {
    /// The Log Service tests' own connection pools, apart from the process-wide transport the other suites fill.
    static let transport = AsyncHTTPClientTransport()
    let port: Int

    func send(_ request: HTTPRequest, timeouts: Timeouts) async throws -> HTTPResponse {
        var request = request
        if let scheme = request.url.range(of: "://") {
            let rest = request.url[scheme.upperBound...]
            let path = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
            request.url = "http://127.0.0.1:\(port)\(path)"
        }
        return try await Self.transport.send(request, timeouts: timeouts)
    }
}

extension SLSWireLog {
    /// The contents by key (the last of a repeated key).
    var fields: [String: String] {
        Dictionary(contents.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }
}
