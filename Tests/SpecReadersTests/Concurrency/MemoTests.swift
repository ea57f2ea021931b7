import Testing

@testable import SpecReaders

/// A memo gives what the function gives, computes once per key, and forgets everything when full.
@Suite("Memo")
struct MemoTests {
    final class Calls: @unchecked Sendable {
        var count = 0
    }

    @Test("a key is computed once until the memo is full; then it is computed again, with the same result")
    func boundedRecall() {
        let memo = Memo<Int, String>(capacity: 3)
        let calls = Calls()
        let compute: (Int) -> String = { key in
            calls.count += 1
            return "v\(key)"
        }
        #expect(memo.value(for: 1) { compute(1) } == "v1")
        #expect(memo.value(for: 1) { compute(1) } == "v1")
        #expect(calls.count == 1)
        for key in 2...4 { _ = memo.value(for: key) { compute(key) } }
        #expect(calls.count == 4)
        // Holding 3 when 4 came, it forgot 1, 2 and 3.
        #expect(memo.value(for: 1) { compute(1) } == "v1")
        #expect(calls.count == 5)
    }
}

/// Keys that `String` calls equal but whose bytes differ are different keys.
@Suite("Exact text keys")
struct ExactTextTests {
    @Test("é and e followed by a combining acute accent are two keys, and each keeps its own result")
    func canonicalEquivalentsDiffer() {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        #expect(composed == decomposed, "String compares by canonical equivalence")
        #expect(ExactText(composed) != ExactText(decomposed))
        let memo = Memo<ExactText, Int>(capacity: 10)
        #expect(memo.value(for: ExactText(composed)) { composed.utf8.count } == 5)
        #expect(memo.value(for: ExactText(decomposed)) { decomposed.utf8.count } == 6)
        #expect(memo.value(for: ExactText(composed)) { -1 } == 5)
    }

    @Test("many threads asking for the same keys all get the computed values")
    func concurrentUse() {
        let memo = Memo<ExactText, Int>(capacity: 50)
        let results = Array(0..<2_000).concurrentMap { index in
            memo.value(for: ExactText("key \(index % 80)")) { index % 80 }
        }
        #expect(results == (0..<2_000).map { $0 % 80 })
    }
}
