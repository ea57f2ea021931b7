import Foundation
import LoopbackServer
import Testing

/// The generated ROA command-line client (`roa-cli`, from the ROA fixture) against a real HTTP server on
/// 127.0.0.1: path and header options, and the JSON body from `--body` (text, a file, standard input) or
/// from one option per member.
@Suite("roa-cli")
struct ROACommandTests {
    static func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Reply {
        if request.uri.hasPrefix("/organization/") {
            // Token paging: two pages.
            let second = request.query.contains { $0.name == "nextToken" && $0.value == "t1" }
            let body =
                second
                ? #"{"requestId":"R2","pipelineGroups":[{"id":3,"name":"c"}]}"#
                : #"{"requestId":"R1","nextToken":"t1","pipelineGroups":[{"id":1,"name":"a"},{"id":2,"name":"b"}]}"#
            return .respond(status: 200, headers: ["content-type": "application/json"], body: body, delay: .zero)
        }
        return .respond(
            status: 200, headers: ["content-type": "application/json"], body: #"{"task_id":"T-1"}"#, delay: .zero)
    }

    func run(_ arguments: [String], stdin: String? = nil) async throws -> (
        CommandRunner.Output, [LoopbackServer.Request]
    ) {
        let server = try await LoopbackServer(handler: Self.answer)
        var arguments = arguments
        arguments.insert(contentsOf: ["--endpoint", server.url], at: 1)
        let environment = ECSCommandTests.credentials
        var input: URL?
        if let stdin {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("stdin-\(UUID().uuidString)")
            try stdin.write(to: url, atomically: true, encoding: .utf8)
            input = url
        }
        defer { if let input { try? FileManager.default.removeItem(at: input) } }
        let output = try await CommandRunner.run(
            arguments, executable: CommandRunner.product("roa-cli"), environment: environment, standardInput: input)
        let requests = await server.requests()
        try await server.stop()
        return (output, requests)
    }

    static func body(_ request: LoopbackServer.Request?) -> String {
        String(decoding: request?.body ?? [], as: UTF8.self)
    }

    @Test("one option per body member builds the JSON body; the path parameter fills the path")
    func options() async throws {
        let (output, requests) = try await run([
            "attach-instances", "--cluster-id", "c-1", "--instances", "i-1", "--instances", "i-2", "--password", "pw",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("T-1"))
        let request = try #require(requests.first)
        #expect(request.method == "POST")
        #expect(request.uri == "/clusters/c-1/attach")
        #expect(Self.body(request) == #"{"instances":["i-1","i-2"],"password":"pw"}"#)
    }

    @Test("--body from a file fills the members; an option for a member wins over the document")
    func bodyFromFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("body-\(UUID().uuidString).json")
        try #"{"instances":["i-9"],"password":"from-file","runtime":{"name":"containerd"}}"#.write(
            to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let (output, requests) = try await run([
            "attach-instances", "--cluster-id", "c-1", "--body", "@" + file.path, "--password", "from-option",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(
            Self.body(requests.first)
                == #"{"instances":["i-9"],"password":"from-option","runtime":{"name":"containerd"}}"#)
    }

    @Test("--body - reads standard input; a whole-body parameter takes JSON; a header option is sent")
    func standardInputAndHeader() async throws {
        let (output, requests) = try await run(
            ["create-variable", "--workspace", "ws-1", "--namespace", "default-namespace", "--body", "-"],
            stdin: #"{"kind":"Plain","name":"n","value":"v"}"#)
        #expect(output.status == 0, "\(output.stderr)")
        let request = try #require(requests.first)
        #expect(request.headers["workspace"] == "ws-1")
        #expect(request.uri == "/api/v2/namespaces/default-namespace/variables")
        #expect(Self.body(request) == #"{"kind":"Plain","name":"n","value":"v"}"#)
    }

    @Test("--pager fetches every page and prints one answer: the lists merged, the token gone")
    func pager() async throws {
        let (output, requests) = try await run(["list-pipeline-groups", "--organization-id", "org-1", "--pager"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(requests.count == 2)
        let merged = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let names = (merged?["pipelineGroups"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["a", "b", "c"])
        #expect(merged?["nextToken"] == nil)
        #expect(merged?["requestId"] as? String == "R1")
        let (single, one) = try await run(["list-pipeline-groups", "--organization-id", "org-1"])
        #expect(single.status == 0)
        #expect(one.count == 1)
        #expect(single.stdout.contains("\"nextToken\" : \"t1\""))
    }

    @Test("--waiter polls until the answer's value at the path is the one asked for, then prints that answer")
    func waiter() async throws {
        let polls = PollCounter()
        let server = try await LoopbackServer { _ in
            let poll = polls.next()
            return .respond(
                status: 200, headers: ["content-type": "application/json"],
                body: #"{"cluster_id":"c-1","state":"\#(poll < 3 ? "initial" : "running")","size":\#(poll)}"#,
                delay: .zero)
        }
        let output = try await CommandRunner.run(
            [
                "describe-cluster-detail", "--endpoint", server.url, "--cluster-id", "c-1", "--waiter", "expr=state",
                "to=running", "interval=0.01", "timeout=30",
            ], executable: CommandRunner.product("roa-cli"), environment: ECSCommandTests.credentials)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("\"size\" : 3"))
        #expect(await server.requests().count == 3)
        let timeout = try await CommandRunner.run(
            [
                "describe-cluster-detail", "--endpoint", server.url, "--cluster-id", "c-1", "--waiter", "expr=state",
                "to=deleted", "interval=0.05", "timeout=0.2",
            ], executable: CommandRunner.product("roa-cli"), environment: ECSCommandTests.credentials)
        #expect(timeout.status == 1)
        #expect(timeout.stderr.contains("the last state seen was running"))
        try await server.stop()
    }

    final class PollCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int {
            lock.withLock {
                count += 1; return count
            }
        }
    }

    @Test("a --body that is not a JSON object, or a required member given nowhere, is a usage error")
    func badBody() async throws {
        let (notObject, none) = try await run(["attach-instances", "--cluster-id", "c-1", "--body", "[1]"])
        #expect(notObject.status != 0)
        #expect(notObject.stderr.contains("--body must be a JSON object"))
        #expect(none.isEmpty)
        let (missing, _) = try await run(["attach-instances", "--cluster-id", "c-1", "--body", #"{"password":"x"}"#])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("instances"))
    }
}
