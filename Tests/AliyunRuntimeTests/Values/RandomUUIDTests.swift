import AliyunRuntime
import Foundation
import Testing

@Suite("Random UUIDs as text")
struct RandomUUIDTests {
    @Test("UUID().uuidString's form: a version 4 UUID Foundation reads back to the same text, never repeated")
    func form() {
        var seen = Set<String>()
        for _ in 0..<1000 {
            let text = RandomUUID.text()
            #expect(UUID(uuidString: text)?.uuidString == text)
            let characters = Array(text)
            #expect(characters.count == 36 && characters[14] == "4" && "89AB".contains(characters[19]))
            seen.insert(text)
        }
        #expect(seen.count == 1000)
    }
}
