import Foundation
import SpecFetching
import Testing

@Suite("SpecLock: sorted, deterministic, keeps the first time of unchanged bytes")
struct SpecLockTests {
    static func entry(_ product: String, _ version: String, sha: String, at time: String) -> SpecLock.Entry {
        SpecLock.Entry(
            product: product, version: version, path: "spec/\(product.lowercased())/\(version)/api-docs.json",
            url: "https://api.aliyun.com/meta/v1/products/\(product)/versions/\(version)/api-docs.json", sha256: sha,
            fetched: time)
    }

    @Test("entries are ordered by product and version whatever the order recorded; the bytes are the same")
    func ordered() {
        let one = SpecLock(specs: [
            Self.entry("Vpc", "2016-04-28", sha: "b", at: "t1"), Self.entry("Ecs", "2014-05-26", sha: "a", at: "t1"),
        ])
        let other = SpecLock(specs: [
            Self.entry("Ecs", "2014-05-26", sha: "a", at: "t1"), Self.entry("Vpc", "2016-04-28", sha: "b", at: "t1"),
        ])
        #expect(one.specs.map(\.product) == ["Ecs", "Vpc"])
        #expect(one.encoded() == other.encoded())
        let text = String(decoding: one.encoded(), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains(#""url" : "https://api.aliyun.com/meta/v1/products/Ecs"#), "slashes not escaped")
    }

    @Test("recording the same bytes again keeps the first time; new bytes take the new time")
    func time() {
        var lock = SpecLock(specs: [Self.entry("Ecs", "2014-05-26", sha: "a", at: "first")])
        lock.record(Self.entry("ecs", "2014-05-26", sha: "a", at: "second"))
        #expect(lock.specs.count == 1)
        #expect(lock.specs[0].fetched == "first")
        lock.record(Self.entry("Ecs", "2014-05-26", sha: "c", at: "third"))
        #expect(lock.specs[0].fetched == "third")
        #expect(lock.entry(product: "ECS", version: "2014-05-26")?.sha256 == "c")
    }

    @Test("SOURCE_DATE_EPOCH sets the time written, for reproducible runs")
    func epoch() {
        #expect(SpecLock.timestamp(environment: ["SOURCE_DATE_EPOCH": "1764979200"]) == "2025-12-06T00:00:00Z")
        #expect(SpecLock.timestamp(Date(timeIntervalSince1970: 0), environment: [:]) == "1970-01-01T00:00:00Z")
    }

    @Test("a file that is not a lock is an error located in it; a missing file is no lock")
    func reading() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(SpecLock.fileName).path
        #expect(try SpecLock.read(at: path) == nil)
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: MetadataError.self) { _ = try SpecLock.read(at: path) }
        #expect(error?.message.hasPrefix("\(path):1: error: not a spec lock file") == true)
        let lock = SpecLock(specs: [Self.entry("Ecs", "2014-05-26", sha: "a", at: "t")])
        try AtomicWrite.write(lock.encoded(), to: path)
        #expect(try SpecLock.read(at: path) == lock)
    }
}
