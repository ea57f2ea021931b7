import ECSEmulator
import Testing

@Suite("RequestJournal keeps the latest calls, in order")
struct RequestJournalTests {
    @Test("beyond its capacity the oldest calls are forgotten, and the order is kept")
    func capacity() async {
        let journal = RequestJournal(capacity: 3)
        for index in 0..<10 { await journal.record(JournalEntry(action: "A\(index)", requestId: "\(index)")) }
        #expect(await journal.all.map(\.requestId) == ["7", "8", "9"])
        #expect(await journal.calls(of: "A8").count == 1)
        await journal.clear()
        #expect(await journal.all.isEmpty)
    }
}
