import Foundation
import Testing

@testable import AliyunRuntime

/// The bookkeeping behind ``RefreshingCredentials``, step by step.
@Suite("Refresh bookkeeping")
struct RefreshStateTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func cached(_ id: String) -> RefreshState<String>.Cached {
        .init(
            credentials: Credentials(accessKeyId: id, accessKeySecret: "s", securityToken: "t"),
            expiration: now.addingTimeInterval(600))
    }

    @Test("an older refresh's late completion neither clears the newer refresh nor replaces its credentials")
    func lateCompletion() {
        var state = RefreshState<String>()
        let first = state.begin("refresh 1")
        #expect(state.finish(first, .success(cached("STS.1")), now: now, backoff: { _ in 1 }))
        let second = state.begin("refresh 2")
        #expect(
            !state.finish(first, .success(cached("STS.old")), now: now, backoff: { _ in 1 }), "a second waiter of 1")
        #expect(state.inFlight?.generation == second)
        #expect(state.cached?.credentials.accessKeyId == "STS.1")
        #expect(state.finish(second, .success(cached("STS.2")), now: now, backoff: { _ in 1 }))
        #expect(!state.finish(first, .failure(CredentialsError("late")), now: now, backoff: { _ in 1 }))
        #expect(state.cached?.credentials.accessKeyId == "STS.2")
        #expect(state.failures == 0 && state.inFlight == nil)
    }

    @Test("a failure starts a backoff and keeps the credentials; a success ends it")
    func failure() {
        var state = RefreshState<String>()
        #expect(state.finish(state.begin("1"), .success(cached("STS.1")), now: now, backoff: { _ in 1 }))
        #expect(
            state.finish(state.begin("2"), .failure(CredentialsError("down")), now: now, backoff: { 5 * Double($0) }))
        #expect(state.isBackingOff(at: now.addingTimeInterval(4.9)))
        #expect(!state.isBackingOff(at: now.addingTimeInterval(5)))
        #expect(state.valid(at: now.addingTimeInterval(599))?.accessKeyId == "STS.1")
        #expect(state.valid(at: now.addingTimeInterval(600)) == nil)
        #expect(state.finish(state.begin("3"), .success(cached("STS.3")), now: now, backoff: { _ in 1 }))
        #expect(!state.isBackingOff(at: now) && state.lastError == nil)
    }
}
