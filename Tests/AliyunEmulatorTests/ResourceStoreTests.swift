import AliyunRuntime
import Foundation
import Testing

@testable import AliyunEmulator

/// The resource store's bounds: memory stays bounded whatever the calls store.
@Suite("aliyun-emulator's resource store")
struct ResourceStoreTests {
    @Test("a resource beyond the byte bound is refused, changing nothing; removing one frees its bytes")
    func byteBound() async throws {
        let store = ResourceStore()
        let big = String(repeating: "x", count: 40 << 20)
        #expect(try await store.put("Vpc", "2016-04-28", "Vpc", [("vpc-1", ["VpcName": .string(big)])]))
        #expect(try await !store.put("Vpc", "2016-04-28", "Vpc", [("vpc-2", ["VpcName": .string(big)])]))
        #expect(await store.all("Vpc", "2016-04-28", "Vpc").map(\.id) == ["vpc-1"])
        // Replacing a resource counts its new size instead of its old.
        #expect(try await store.put("Vpc", "2016-04-28", "Vpc", [("vpc-1", ["VpcName": .string("small")])]))
        #expect(try await store.put("Vpc", "2016-04-28", "Vpc", [("vpc-2", ["VpcName": .string(big)])]))
        try await store.remove("Vpc", "2016-04-28", "Vpc", ids: ["vpc-2"])
        #expect(try await store.put("Vpc", "2016-04-28", "Vpc", [("vpc-3", ["VpcName": .string(big)])]))
    }
}
