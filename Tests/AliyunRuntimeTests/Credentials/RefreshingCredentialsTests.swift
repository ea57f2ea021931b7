import AliyunRuntime
import Foundation
import Logging
import LoopbackServer
import Testing

/// How ``RefreshingCredentials`` treats credentials with no readable expiry, failed refreshes, and
/// waiters that resume after a newer refresh began.
@Suite("Refreshing credentials: unknown expiry, backoff, one refresh at a time")
struct RefreshingCredentialsTests {
    @Test("a credentials URI answering an unreadable Expiration: refreshed within 15 minutes, not cached for good")
    func unreadableExpiration() async throws {
        let server = try await LoopbackServer { _ in
            .respond(
                status: 200, headers: [:],
                body: #"{"Code":"Success","AccessKeyId":"STS.uri","AccessKeySecret":"s","SecurityToken":"t","#
                    + #""Expiration":"in an hour"}"#, delay: .zero)
        }
        defer { Task { try? await server.stop() } }
        let clock = MovableClock()
        let provider = URICredentialsProvider(uri: server.url + "/creds", now: { clock.now })
        #expect(try await provider.credentials().accessKeyId == "STS.uri")
        clock.advance(by: 60)
        _ = try await provider.credentials()
        #expect(await server.requests().count == 1, "cached for a while")
        clock.advance(by: 15 * 60)
        _ = try await provider.credentials()
        #expect(await server.requests().count == 2, "refreshed before 15 minutes have passed")
    }

    @Test("credentials with no expiry are used for 15 minutes less the margin, and a warning says so")
    func unknownExpiryLogged() async throws {
        let clock = MovableClock()
        let messages = RecordingLogHandler.Messages()
        let cache = RefreshingCredentials(
            margin: 180, now: { clock.now }, logger: RecordingLogHandler.logger(messages), source: "the test URI"
        ) { .temporary("STS.1") }
        _ = try await cache.credentials()
        clock.advance(by: RefreshingCredentials.unknownExpirationLifetime - 181)
        _ = try await cache.credentials()
        #expect(await cache.fetches == 1)
        clock.advance(by: 1)
        _ = try await cache.credentials()
        #expect(await cache.fetches == 2)
        let warnings = messages.texts(at: .warning)
        #expect(warnings.count == 2)
        #expect(warnings.first?.contains("the test URI") == true)
        #expect(warnings.first?.contains("15 minutes") == true, "\(warnings)")
        let permanent = RefreshingCredentials(now: { clock.now }, logger: RecordingLogHandler.logger(messages)) {
            Credentials(accessKeyId: "LTAI", accessKeySecret: "s")
        }
        _ = try await permanent.credentials()
        clock.advance(by: 365 * 24 * 3600)
        _ = try await permanent.credentials()
        #expect(await permanent.fetches == 1, "a key with no token and no expiry is permanent")
        #expect(messages.texts(at: .warning).count == 2)
    }

    @Test("a failed refresh is retried after a backoff that grows, capped; not on every call")
    func backoff() async throws {
        let clock = MovableClock()
        let cache = RefreshingCredentials.numberedFetches(on: clock) { attempt in
            if attempt == 1 || attempt >= 5 {
                return .temporary("STS.\(attempt)", expiration: clock.now.addingTimeInterval(120))
            }
            throw CredentialsError("STS is down (\(attempt))")
        }
        #expect(try await cache.credentials().accessKeyId == "STS.1")
        clock.advance(by: 70)  // within the margin: refresh 2 fails; the old credentials are valid 50 s more
        #expect(try await cache.credentials().accessKeyId == "STS.1")
        #expect(await cache.fetches == 2)
        #expect(try await cache.credentials().accessKeyId == "STS.1", "within the backoff: no fetch")
        #expect(await cache.fetches == 2)
        clock.advance(by: 1)  // the first backoff (1 s) is over: refresh 3 fails, the next wait is 2 s
        #expect(try await cache.credentials().accessKeyId == "STS.1")
        #expect(await cache.fetches == 3)
        clock.advance(by: 1)
        _ = try await cache.credentials()
        #expect(await cache.fetches == 3, "the backoff grew")
        clock.advance(by: 60)  // expired, and the backoff is over: refresh 4 fails and nothing valid is left
        await #expect(throws: CredentialsError.self) { _ = try await cache.credentials() }
        #expect(await cache.fetches == 4)
        let error = await #expect(throws: CredentialsError.self) { _ = try await cache.credentials() }
        #expect(error?.message.contains("(4)") == true, "within the backoff: the last error, no fetch")
        #expect(await cache.fetches == 4)
        clock.advance(by: 4)
        #expect(try await cache.credentials().accessKeyId == "STS.5")
        #expect(RefreshingCredentials.backoff(afterFailures: 1) == 1)
        #expect(RefreshingCredentials.backoff(afterFailures: 3) == 4)
        #expect(RefreshingCredentials.backoff(afterFailures: 40) == RefreshingCredentials.maximumBackoff)
    }

    @Test("however waiters interleave, one fetch at a time: a late waiter never clears a newer refresh")
    func oneFetchAtATime() async throws {
        let concurrency = Concurrency()
        let clock = MovableClock()
        // Each fetch answers credentials already within the margin, so every caller starts the next one.
        let cache = RefreshingCredentials(margin: 60, now: { clock.now }) {
            await concurrency.enter()
            await Task.yield()
            await concurrency.leave()
            return .temporary("STS", expiration: clock.now.addingTimeInterval(30))
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<16 {
                group.addTask { for _ in 0..<50 { _ = try await cache.credentials() } }
            }
            try await group.waitForAll()
        }
        #expect(await concurrency.most == 1)
    }
}

/// How many fetches ran at once, at most.
actor Concurrency {
    private var now = 0
    private(set) var most = 0

    func enter() {
        now += 1
        most = max(most, now)
    }

    func leave() { now -= 1 }
}
