import AliyunRuntime
import Testing

@Suite("simple-style lists")
struct JoinedListTests {
    @Test("a simple-style list is one item joined with commas, and reads back")
    func joined() throws {
        var encoder = RPCQueryEncoder()
        encoder.encodeJoined(["i-1", "i-2", "i-3"], forKey: "InstanceIds")
        encoder.encodeJoined([1, 2], forKey: "Ports")
        encoder.encodeJoined([String](), forKey: "Empty")
        encoder.encodeJoined([String]?.none, forKey: "Absent")
        #expect(
            encoder.items == [
                RPCQueryItem(name: "InstanceIds", value: "i-1,i-2,i-3"), RPCQueryItem(name: "Ports", value: "1,2"),
            ])
        let decoder = RPCQueryDecoder(items: encoder.items)
        #expect(try decoder.decodeJoined(String.self, forKey: "InstanceIds") == ["i-1", "i-2", "i-3"])
        #expect(try decoder.decodeJoined(Int.self, forKey: "Ports") == [1, 2])
        #expect(try decoder.decodeJoined(Int.self, forKey: "Absent") == nil)
        #expect(throws: RPCQueryDecodingError.self) { try decoder.decodeJoined(Int.self, forKey: "InstanceIds") }
    }
}
