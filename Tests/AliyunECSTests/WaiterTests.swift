import AliyunECSImages
import AliyunRuntime
import Foundation
import LoopbackServer
import Testing

/// The ready-made waiter `waitUntilDescribeImages(_:status:)` against a real HTTP server on 127.0.0.1
/// whose image becomes `Available` after a few polls.
@Suite("Waiters over HTTP")
struct WaiterTests {
    final class Polls: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int {
            lock.withLock {
                count += 1; return count
            }
        }
    }

    struct InstantSleeper: Sleeper {
        func sleep(for duration: Duration) async throws { try Task.checkCancellation() }
    }

    static func server(availableAfter polls: Int?) async throws -> LoopbackServer {
        let counter = Polls()
        return try await LoopbackServer { _ in
            let poll = counter.next()
            let status = polls.map { poll >= $0 } == true ? "Available" : "Creating"
            return .respond(
                status: 200, headers: ["content-type": "application/json"],
                body:
                    #"{"RequestId":"R-\#(poll)","TotalCount":1,"Images":{"Image":[{"ImageId":"m-1","Status":"\#(status)"}]}}"#,
                delay: .zero)
        }
    }

    static func client(_ server: LoopbackServer) -> ECSClient {
        ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(server.url),
                credentials: StaticCredentialsProvider(Credentials(accessKeyId: "LTAI-w", accessKeySecret: "s")),
                retry: .disabled))
    }

    /// A clock that stands still: only the delays slept count towards the timeout, however slow the machine.
    static let start = ContinuousClock.now
    static let waiter = WaiterOptions(
        minDelay: .milliseconds(10), maxDelay: .milliseconds(40), timeout: .seconds(5), sleeper: InstantSleeper(),
        now: { start })

    @Test("returns the first answer in which every image has the status, after as many polls as it took")
    func becomesAvailable() async throws {
        let server = try await Self.server(availableAfter: 3)
        let response = try await Self.client(server).waitUntilDescribeImages(
            DescribeImagesRequest(regionId: "cn-hangzhou", imageId: "m-1"), status: .available, waiter: Self.waiter)
        #expect(response.requestId == "R-3")
        #expect(await server.requests().count == 3)
        try await server.stop()
    }

    @Test("gives up at the timeout, naming the last status seen")
    func timesOut() async throws {
        let server = try await Self.server(availableAfter: nil)
        // Delays of 10 ms doubling to 200 ms, slept at once: the timeout is reached after several polls.
        let options = WaiterOptions(
            minDelay: .milliseconds(10), maxDelay: .milliseconds(200), timeout: .seconds(1), sleeper: InstantSleeper(),
            jitter: { 1 }, now: { Self.start })
        do {
            _ = try await Self.client(server).waitUntilDescribeImages(
                DescribeImagesRequest(regionId: "cn-hangzhou"), status: .available, waiter: options)
            Issue.record("expected a timeout")
        } catch let error as WaiterTimeoutError {
            #expect(error.lastState == "Creating")
            #expect(error.attempts > 1)
        }
        try await server.stop()
    }

    @Test("the client's generic waitUntil takes any predicate on any call")
    func generic() async throws {
        let server = try await Self.server(availableAfter: 2)
        let client = Self.client(server)
        let response = try await client.waitUntil(
            options: Self.waiter, { try await $0.describeImages(DescribeImagesRequest(regionId: "cn-hangzhou")) },
            until: { $0.images?.image?.first?.status == .available })
        #expect(response.requestId == "R-2")
        try await server.stop()
    }
}
