import AliyunECSImages
import AliyunRuntime
import AliyunServerSupport
import ECSEmulator
import EmulatorSupport
import Foundation
import Testing

@Suite("Injected faults, and how the generated client copes with them")
struct FaultInjectionTests {
    static let call = DescribeImagesRequest(regionId: EmulatorHarness.region)
    static let retrying = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5))

    @Test("throttled twice, the call succeeds on its third attempt, each attempt signed afresh")
    func throttlingIsRetried() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            try await harness.emulator.faults.add(.throttling(count: 2))
            let sleeper = RecordingSleeper()
            let response = try await harness.client(retry: Self.retrying, sleeper: sleeper).describeImages(Self.call)
            #expect(response.totalCount == 1)
            let calls = await harness.emulator.journal.all
            #expect(calls.map(\.status) == [400, 400, 200])
            #expect(calls.map(\.code) == ["Throttling.User", "Throttling.User", nil])
            #expect(Set(calls.compactMap(\.nonce)).count == 3, "every attempt has its own nonce")
            #expect(await sleeper.delays.count == 2)
        }
    }

    @Test("a 5xx answer is retried", arguments: [(500, "InternalError"), (503, "ServiceUnavailable")])
    func serverErrorIsRetried(_ status: Int, _ code: String) async throws {
        try await EmulatorHarness.with { harness in
            try await harness.emulator.faults.add(.serverError(status: status, code: code))
            _ = try await harness.client(retry: Self.retrying, sleeper: RecordingSleeper()).describeImages(Self.call)
            #expect(await harness.emulator.journal.all.map(\.status) == [status, 200])
        }
    }

    @Test("ModifyImageAttribute (an update, no ClientToken) is not retried after a 5xx; throttling is")
    func updatesAreNotRepeated() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let client = harness.client(retry: Self.retrying, sleeper: RecordingSleeper())
            let change = ModifyImageAttributeRequest(
                regionId: EmulatorHarness.region, imageId: "m-1", description: "once")
            try await harness.emulator.faults.add(.serverError(status: 504, code: "GatewayTimeout"))
            let error = await #expect(throws: ModifyImageAttributeError.self) {
                _ = try await client.modifyImageAttribute(change)
            }
            #expect(error?.serviceError.httpStatus == 504)
            #expect(await harness.emulator.journal.calls(of: "ModifyImageAttribute").count == 1)
            try await harness.emulator.faults.add(.throttling())
            _ = try await client.modifyImageAttribute(change)
            #expect(await harness.emulator.journal.calls(of: "ModifyImageAttribute").map(\.status) == [504, 400, 200])
        }
    }

    @Test("x-acs-retry-after sets the delay before the next attempt")
    func retryAfter() async throws {
        try await EmulatorHarness.with { harness in
            try await harness.emulator.faults.add(.throttling(retryAfterMilliseconds: 4))
            let sleeper = RecordingSleeper()
            _ = try await harness.client(retry: Self.retrying, sleeper: sleeper).describeImages(Self.call)
            #expect(await sleeper.delays == [.milliseconds(4)])
        }
    }

    @Test("with retries used up, the throttling error reaches the caller as the operation's error")
    func throttlingExhausted() async throws {
        try await EmulatorHarness.with { harness in
            try await harness.emulator.faults.add(.throttling(count: 5))
            let error = await #expect(throws: DescribeImagesError.self) {
                _ = try await harness.client(retry: Self.retrying, sleeper: RecordingSleeper()).describeImages(
                    Self.call)
            }
            #expect(error?.code.rawValue == "Throttling.User")
            #expect(await harness.emulator.journal.all.count == 3)
        }
    }

    @Test("a fault for one action leaves the others alone")
    func faultForOneAction() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            try await harness.emulator.faults.add(.serverError(action: "ModifyImageAttribute"))
            _ = try await harness.client().describeImages(Self.call)
            await #expect(throws: ModifyImageAttributeError.self) {
                _ = try await harness.client().modifyImageAttribute(
                    .init(regionId: EmulatorHarness.region, imageId: "m-1", description: "changed"))
            }
            #expect(await harness.emulator.faults.waiting.isEmpty)
        }
    }

    @Test("a delay longer than the read timeout is a read TimeoutError")
    func readTimeout() async throws {
        try await EmulatorHarness.with { harness in
            try await harness.emulator.faults.add(.delay(milliseconds: 3_000))
            let client = harness.client(timeouts: Timeouts(connect: .seconds(5), read: .milliseconds(200)))
            let error = await #expect(throws: TimeoutError.self) { _ = try await client.describeImages(Self.call) }
            #expect(error?.phase == .read)
        }
    }

    @Test("cancelling the task cancels a call in flight")
    func cancellation() async throws {
        try await EmulatorHarness.with { harness in
            try await harness.emulator.faults.add(.delay(milliseconds: 10_000))
            let client = harness.client()
            let task = Task { try await client.describeImages(Self.call) }
            while await harness.emulator.faults.waiting.count == 1 { try await Task.sleep(for: .milliseconds(10)) }
            task.cancel()
            await #expect(throws: CancellationError.self) { _ = try await task.value }
        }
    }

    @Test("a dropped connection is a TransportError after sending: an update is not retried, a read is")
    func droppedConnection() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let client = harness.client(retry: Self.retrying, sleeper: RecordingSleeper())
            try await harness.emulator.faults.add(.dropConnection())
            let error = await #expect(throws: TransportError.self) {
                _ = try await client.modifyImageAttribute(
                    .init(regionId: EmulatorHarness.region, imageId: "m-1", description: "maybe applied"))
            }
            #expect(error?.kind == .exchange)
            #expect(await harness.emulator.journal.all.map(\.fault) == ["dropConnection"])
            await harness.emulator.journal.clear()
            try await harness.emulator.faults.add(.dropConnection())
            let page = try await client.describeImages(Self.call)
            #expect(page.totalCount == 1)
            #expect(await harness.emulator.journal.all.map(\.fault) == ["dropConnection", nil])
        }
    }

    @Test("faults are set and the journal read over HTTP with the control token, apart from the API")
    func controlEndpoints() async throws {
        try await EmulatorHarness.with { harness in
            let set = try await harness.control(
                "POST", "/_emulator/faults", body: #"[{"kind":"error","code":"Throttling.Api","status":400,"count":1}]"#
            )
            #expect(set.status == 200)
            let error = await #expect(throws: DescribeImagesError.self) {
                _ = try await harness.client().describeImages(Self.call)
            }
            #expect(error?.code.rawValue == "Throttling.Api")
            let journal = try await harness.control("GET", "/_emulator/requests")
            let entries = try JSONDecoder().decode([JournalEntry].self, from: Data(journal.body.utf8))
            #expect(entries.map(\.code) == ["Throttling.Api"])
            #expect(try await harness.control("POST", "/_emulator/faults", body: "not json").status == 400)
            #expect(try await harness.control("GET", "/_emulator/nothing").status == 404)
            #expect(try await harness.control("DELETE", "/_emulator/faults").status == 200)
        }
    }

    @Test(
        "a fault no server could send is refused on arrival with 400 and the emulator keeps serving",
        arguments: [
            #"[{"kind":"error","code":"Boom","status":1000}]"#, #"[{"kind":"error","status":99}]"#,
            #"[{"kind":"error","count":0}]"#, #"[{"kind":"error","count":-5}]"#,
            #"[{"kind":"delay","delayMilliseconds":-1}]"#, #"[{"kind":"delay","delayMilliseconds":999999999999}]"#,
            #"[{"kind":"error","retryAfterMilliseconds":-3}]"#, #"[{"kind":"error","code":""}]"#,
            #"[{"kind":"dropConnection","status":500}]"#, #"[{"kind":"error"},{"kind":"error","status":1000}]"#,
        ])
    func faultsAreValidated(body: String) async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let refused = try await harness.control("POST", "/_emulator/faults", body: body)
            #expect(refused.status == 400)
            #expect(refused.body.contains("faults["))
            #expect(try await harness.control("GET", "/_emulator/faults").body == "[]")
            let page = try await harness.client().describeImages(Self.call)
            #expect(page.totalCount == 1)
        }
    }

    @Test("in process, an invalid fault is refused with its problem and none of the batch is added")
    func faultsAreValidatedInProcess() async throws {
        let injector = FaultInjector()
        let error = await #expect(throws: FaultError.self) {
            try await injector.add([.throttling(), .serverError(status: 1000)])
        }
        #expect(error?.message == "faults[1]: status must be an HTTP status between 100 and 599, not 1000")
        #expect(await injector.waiting.isEmpty)
        try await injector.add(.delay(milliseconds: 10, count: 3))
        #expect(await injector.waiting.count == 1)
    }

    @Test("an answer's status outside 100-599 is sent as 500, whoever chose it")
    func answerStatusIsBounded() {
        #expect(ServedAnswer(status: 1000, body: "{}").status == 500)
        #expect(ServedAnswer(status: 42, body: "{}").status == 500)
        var answer = ServedAnswer(status: 404, body: "{}")
        answer.status = -1
        #expect(answer.status == 500)
    }
}
