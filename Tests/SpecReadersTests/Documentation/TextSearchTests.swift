import Testing

@testable import SpecReaders

@Suite("Byte search")
struct TextSearchTests {
    @Test("finds markers by their UTF-8 bytes")
    func search() {
        #expect("镜像状态,取值范围:".containsText("取值范围"))
        #expect(!"取值".containsText("取值范围"))
        #expect("valid values: a".byteOffset(of: "values") == 6)
        #expect("默认值：空".byteOffset(afterFirst: "默认值：") == 12)
        #expect("abc".containsText(""))
        #expect(!"".containsText("a"))
        #expect("aaab".byteOffset(of: "aab") == 1)
    }

    /// The first occurrence, against a search written the obvious way, over every needle of every short
    /// text of a small alphabet (where partial matches, overlaps and a needle at either end all occur).
    @Test("ByteSearch finds what a naive search finds, at the same offset")
    func againstNaiveSearch() {
        func naive(_ needle: [UInt8], _ haystack: [UInt8]) -> Int? {
            guard !needle.isEmpty else { return 0 }
            guard needle.count <= haystack.count else { return nil }
            return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
        }
        func words(upTo length: Int) -> [[UInt8]] {
            var all: [[UInt8]] = [[]]
            var last: [[UInt8]] = [[]]
            for _ in 0..<length {
                last = last.flatMap { word in [UInt8(ascii: "a"), UInt8(ascii: "b"), 0xE5].map { word + [$0] } }
                all += last
            }
            return all
        }
        let haystacks = words(upTo: 6)
        let needles = words(upTo: 3)
        for haystack in haystacks {
            for needle in needles {
                let found = haystack.withUnsafeBufferPointer { text in
                    needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: text) }
                }
                #expect(found == naive(needle, haystack), "\(needle) in \(haystack)")
            }
        }
    }
}
