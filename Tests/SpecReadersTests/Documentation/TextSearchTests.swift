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
}
