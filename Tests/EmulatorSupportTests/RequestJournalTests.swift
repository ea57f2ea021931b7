import EmulatorSupport
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

    @Test("an entry keeps at most 128 scalars of each field its caller chose, however the text is built")
    func boundedFields() async {
        let journal = RequestJournal()
        let combining = "e" + String(repeating: "\u{301}", count: 10_000)
        await journal.record(
            JournalEntry(
                action: String(repeating: "A", count: 5_000), nonce: combining,
                code: String(repeating: "C", count: 200),
                requestId: "1"))
        let entry = await journal.all[0]
        #expect(entry.action?.unicodeScalars.count == 128)
        #expect(entry.nonce?.unicodeScalars.count == 128)
        #expect(entry.code?.unicodeScalars.count == 128)
    }
}
