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
