import AliyunRuntime
import Foundation
import Testing

@Suite("JSONValue")
struct JSONValueTests {
    @Test("any JSON value decodes and encodes back to the same JSON")
    func roundTrip() throws {
        let text = #"{"a":[1,2.5,"x",true,null,{"b":{}}],"big":9007199254740993,"price":1234567.89}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(value.description == text)
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members["big"] == .integer(9_007_199_254_740_993))
        #expect(members["price"] == .number(1_234_567.89))
        let again = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(value))
        #expect(again == value)
    }
}
