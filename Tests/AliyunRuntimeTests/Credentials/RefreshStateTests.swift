import Foundation
import Testing

@testable import AliyunRuntime

/// The bookkeeping behind ``RefreshingCredentials``, step by step.
@Suite("Refresh bookkeeping")
struct RefreshStateTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func cached(_ id: String) -> RefreshState<String>.Cached {
        .init(
            credentials: Credentials(accessKeyId: id, accessKeySecret: "s", securityToken: "t"),
            expiration: now.addingTimeInterval(600))
    }

    @Test("an older refresh's late completion neither clears the newer refresh nor replaces its credentials")
    func lateCompletion() {
        var state = RefreshState<String>()
        let first = state.begin("refresh 1")
        let applied = state.finish(first, .success(Self.cached("STS.1")), now: Self.now, backoff: { _ in 1 })
        let second = state.begin("refresh 2")
        let lateSuccess = state.finish(first, .success(Self.cached("STS.old")), now: Self.now, backoff: { _ in 1 })
        #expect(applied && !lateSuccess)
        #expect(state.inFlight?.generation == second)
        #expect(state.cached?.credentials.accessKeyId == "STS.1")
        let newer = state.finish(second, .success(Self.cached("STS.2")), now: Self.now, backoff: { _ in 1 })
        let lateFailure = state.finish(first, .failure(CredentialsError("late")), now: Self.now, backoff: { _ in 1 })
        #expect(newer && !lateFailure)
        #expect(state.cached?.credentials.accessKeyId == "STS.2")
        #expect(state.failures == 0 && state.inFlight == nil)
    }

    @Test("a failure starts a backoff and keeps the credentials; a success ends it")
    func failure() {
        var state = RefreshState<String>()
        var generation = state.begin("1")
        _ = state.finish(generation, .success(Self.cached("STS.1")), now: Self.now, backoff: { _ in 1 })
        generation = state.begin("2")
        _ = state.finish(generation, .failure(CredentialsError("down")), now: Self.now, backoff: { 5 * Double($0) })
        #expect(state.failures == 1)
        #expect(state.isBackingOff(at: Self.now.addingTimeInterval(4.9)))
        #expect(!state.isBackingOff(at: Self.now.addingTimeInterval(5)))
        #expect(state.valid(at: Self.now.addingTimeInterval(599))?.accessKeyId == "STS.1")
        #expect(state.valid(at: Self.now.addingTimeInterval(600)) == nil)
        generation = state.begin("3")
        _ = state.finish(generation, .success(Self.cached("STS.3")), now: Self.now, backoff: { _ in 1 })
        #expect(!state.isBackingOff(at: Self.now) && state.lastError == nil && state.failures == 0)
    }
}
