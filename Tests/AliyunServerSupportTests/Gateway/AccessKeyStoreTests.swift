import AliyunRuntime
import AliyunServerSupport
import Foundation
import Testing

@Suite("AccessKeyStore forgets expired temporary keys and keeps at most its capacity")
struct AccessKeyStoreTests {
    static let permanent = Credentials(accessKeyId: "LTAI-permanent", accessKeySecret: "secret")

    static func temporary(_ index: Int, expires: Date) -> Credentials {
        Credentials(
            accessKeyId: "STS.\(index)", accessKeySecret: "s", securityToken: "t\(index)", expiration: expires)
    }

    @Test("keys issued and expired are pruned as more are issued; the permanent key stays")
    func pruned() async {
        let store = AccessKeyStore([Self.permanent])
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        for index in 0..<5_000 {
            let now = start.addingTimeInterval(Double(index))
            #expect(await store.add(Self.temporary(index, expires: now.addingTimeInterval(900)), now: now))
        }
        #expect(await store.count < 3_000, "keys that expired 900 s after issue are forgotten")
        #expect(await store.credentials(for: Self.permanent.accessKeyId) == Self.permanent)
        #expect(await store.credentials(for: "STS.4999") != nil)
    }

    @Test("at capacity, a new temporary key is refused until one expires")
    func capacity() async {
        let store = AccessKeyStore([Self.permanent], temporaryCapacity: 3)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        for index in 0..<3 {
            #expect(await store.add(Self.temporary(index, expires: now.addingTimeInterval(60)), now: now))
        }
        #expect(await !store.add(Self.temporary(3, expires: now.addingTimeInterval(60)), now: now))
        #expect(await store.add(Self.temporary(3, expires: now.addingTimeInterval(120)), now: now + 61))
        #expect(await store.count == 2)
    }
}
