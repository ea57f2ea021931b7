import AliyunRuntime
import Foundation
import LoopbackServer
import ROASDK
import Testing

/// Token paging (devops `ListPipelineGroups`, generated into ROASDK) against a real HTTP server on
/// 127.0.0.1 that pages as the service does.
@Suite("Paginators: token paging over HTTP")
struct PaginationTests {
    /// Pages of two groups; `pages` names each page's next token (nil ends).
    static func server(pages: [String: String?], throttleOnce: Bool = false) async throws -> LoopbackServer {
        let throttled = ThrottleOnce(enabled: throttleOnce)
        return try await LoopbackServer { request in
            let token = request.query.first { $0.name == "nextToken" }?.value ?? ""
            if throttled.shouldThrottle(token) {
                return .respond(
                    status: 429, headers: ["content-type": "application/json"],
                    body: #"{"code":"Throttling","message":"slow down","requestId":"R-429"}"#, delay: .zero)
            }
            guard let next = pages[token] else {
                return .respond(
                    status: 400, headers: [:], body: #"{"code":"InvalidToken","message":"\#(token)"}"#, delay: .zero)
            }
            let groups = token == "empty" ? "" : #"{"id":1,"name":"\#(token)-a"},{"id":2,"name":"\#(token)-b"}"#
            let tokenField = next.map { #","nextToken":"\#($0)""# } ?? ""
            return .respond(
                status: 200, headers: ["content-type": "application/json"],
                body: #"{"requestId":"R","pipelineGroups":[\#(groups)]\#(tokenField)}"#, delay: .zero)
        }
    }

    final class ThrottleOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var done: Bool
        init(enabled: Bool) { done = !enabled }
        func shouldThrottle(_ token: String) -> Bool {
            lock.withLock {
                guard !done, token == "t1" else { return false }
                done = true
                return true
            }
        }
    }

    struct InstantSleeper: Sleeper {
        func sleep(for duration: Duration) async throws {}
    }

    static func client(_ server: LoopbackServer, retry: RetryPolicy = .disabled) -> CSClient {
        CSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(server.url),
                credentials: StaticCredentialsProvider(Credentials(accessKeyId: "LTAI-p", accessKeySecret: "s")),
                retry: retry, sleeper: InstantSleeper()))
    }

    static let request = ListPipelineGroupsRequest(organizationId: "org-1", maxResults: 2)

    @Test("several pages: each call carries the previous token; items come in order; paging ends without a token")
    func severalPages() async throws {
        let server = try await Self.server(pages: ["": "t1", "t1": "t2", "t2": nil])
        let client = Self.client(server)
        var names: [String] = []
        for try await group in client.listPipelineGroupsItems(Self.request) { names.append(group.name ?? "") }
        #expect(names == ["-a", "-b", "t1-a", "t1-b", "t2-a", "t2-b"])
        let tokens = await server.requests().map { $0.query.first { $0.name == "nextToken" }?.value }
        #expect(tokens == [nil, "t1", "t2"])
        #expect(await server.requests().allSatisfy { $0.uri.hasPrefix("/organization/org-1/pipelineGroups?") })
        try await server.stop()
    }

    @Test("an empty result is one page with no items")
    func emptyResult() async throws {
        let server = try await LoopbackServer { _ in
            .respond(
                status: 200, headers: ["content-type": "application/json"],
                body: #"{"requestId":"R","pipelineGroups":[],"nextToken":""}"#, delay: .zero)
        }
        let client = Self.client(server)
        var pages = 0
        for try await page in client.listPipelineGroupsPages(Self.request) {
            pages += 1
            #expect(page.pipelineGroups?.isEmpty == true)
        }
        #expect(pages == 1)
        var items = 0
        for try await _ in client.listPipelineGroupsItems(Self.request) { items += 1 }
        #expect(items == 0)
        try await server.stop()
    }

    @Test("a token answered twice throws instead of looping")
    func repeatedToken() async throws {
        let server = try await Self.server(pages: ["": "t1", "t1": "t1"])
        let client = Self.client(server)
        var pages = 0
        await #expect(throws: PaginationError.repeatedToken("t1")) {
            for try await _ in client.listPipelineGroupsPages(Self.request) { pages += 1 }
        }
        #expect(pages == 1)
        #expect(await server.requests().count == 2)
        try await server.stop()
    }

    @Test("a page throttled once is retried as a single call is, and paging goes on")
    func throttledPage() async throws {
        let server = try await Self.server(pages: ["": "t1", "t1": nil], throttleOnce: true)
        let client = Self.client(server, retry: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1)))
        var names: [String] = []
        for try await group in client.listPipelineGroupsItems(Self.request) { names.append(group.name ?? "") }
        #expect(names == ["-a", "-b", "t1-a", "t1-b"])
        #expect(await server.requests().count == 3)
        try await server.stop()
    }

    @Test("cancelling the reading task stops paging before the next call")
    func cancellation() async throws {
        let server = try await Self.server(pages: ["": "t1", "t1": "t2", "t2": nil])
        let client = Self.client(server)
        let task = Task {
            var pages = 0
            for try await _ in client.listPipelineGroupsPages(Self.request) {
                pages += 1
                withUnsafeCurrentTask { $0?.cancel() }
            }
            return pages
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(await server.requests().count == 1)
        try await server.stop()
    }
}
