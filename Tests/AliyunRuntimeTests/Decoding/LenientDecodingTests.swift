import AliyunRuntime
import Foundation
import Testing

@Suite("Lenient response decoding")
struct LenientDecodingTests {
    enum Color: OpenEnum {
        case red
        case undocumented(String)

        static let documentedCases: [Color] = [.red]

        init(rawValue: String) { self = rawValue == "Red" ? .red : .undocumented(rawValue) }

        var rawValue: String {
            switch self {
            case .red: "Red"
            case .undocumented(let value): value
            }
        }
    }

    struct Item: Codable, Equatable {
        var id: Int?

        init(from decoder: any Decoder) throws {
            id = try decoder.container(keyedBy: CodingKeys.self).decodeLeniently(Int.self, forKey: .id)
        }

        enum CodingKeys: String, CodingKey { case id = "Id" }
    }

    struct Answer: Decodable {
        var count: Int?
        var total: Int64?
        var price: Double?
        var enabled: Bool?
        var name: String?
        var color: Color?
        var tags: [String]?
        var items: [Item]?
        var extra: JSONValue?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            count = container.decodeLeniently(Int.self, forKey: .count)
            total = container.decodeLeniently(Int64.self, forKey: .total)
            price = container.decodeLeniently(Double.self, forKey: .price)
            enabled = container.decodeLeniently(Bool.self, forKey: .enabled)
            name = container.decodeLeniently(String.self, forKey: .name)
            color = container.decodeLeniently(Color.self, forKey: .color)
            tags = container.decodeLeniently([String].self, forKey: .tags)
            items = container.decodeLeniently([Item].self, forKey: .items)
            extra = container.decodeLeniently(JSONValue.self, forKey: .extra)
        }

        enum CodingKeys: String, CodingKey {
            case count = "Count", total = "Total", price = "Price", enabled = "Enabled", name = "Name"
            case color = "Color", tags = "Tags", items = "Items", extra = "Extra"
        }
    }

    static func decode(_ text: String) throws -> (Answer, [String]) {
        let decoder = JSONDecoder()
        let issues = DecodingIssues()
        decoder.userInfo[.decodingIssues] = issues
        return (try decoder.decode(Answer.self, from: Data(text.utf8)), issues.fields)
    }

    @Test("numbers and booleans as strings, strings as numbers, unknown enum values all decode")
    func lenientTypes() throws {
        let (answer, issues) = try Self.decode(
            #"{"Count":"12","Total":"9007199254740993","Price":"1234567.89","Enabled":"true","Name":42,"#
                + #""Color":"Blue","Tags":["a",1,true],"Items":[{"Id":"7"}],"Extra":{"k":[1]}}"#)
        #expect(answer.count == 12)
        #expect(answer.total == 9_007_199_254_740_993)
        #expect(answer.price == 1_234_567.89)
        #expect(answer.enabled == true)
        #expect(answer.name == "42")
        #expect(answer.color == .undocumented("Blue"))
        #expect(answer.tags == ["a", "1", "true"])
        #expect(answer.items?.first?.id == 7)
        #expect(answer.extra == .object(["k": .array([.integer(1)])]))
        #expect(issues.isEmpty)
    }

    /// Open enums are lenient scalars too: a value sent as a number is its text, not a lost field.
    @Test("an open enum sent as a number reads as that number's text")
    func enumAsNumber() throws {
        let (answer, issues) = try Self.decode(#"{"Color":7}"#)
        #expect(answer.color == .undocumented("7"))
        #expect(issues.isEmpty)
    }

    @Test("a malformed field is nil and reported; the rest of the answer is kept")
    func malformedField() throws {
        let (answer, issues) = try Self.decode(
            #"{"Count":"twelve","Enabled":"maybe","Name":"kept","Items":[{"Id":"x"},{"Id":3},"oops"],"Tags":{"a":1}}"#)
        #expect(answer.count == nil)
        #expect(answer.enabled == nil)
        #expect(answer.name == "kept")
        #expect(answer.items == [try item(nil), try item(3)])
        #expect(answer.tags == nil)
        #expect(issues == ["Count", "Enabled", "Tags", "Items.0.Id", "Items.2"])
    }

    @Test("absent and null fields are nil without an issue; booleans read 0 and 1")
    func absentAndNull() throws {
        let (answer, issues) = try Self.decode(#"{"Count":null,"Enabled":0,"Price":3}"#)
        #expect(answer.count == nil)
        #expect(answer.enabled == false)
        #expect(answer.price == 3)
        #expect(answer.name == nil)
        #expect(issues.isEmpty)
    }

    private func item(_ id: Int?) throws -> Item {
        try JSONDecoder().decode(Item.self, from: Data((id.map { #"{"Id":\#($0)}"# } ?? "{}").utf8))
    }
}
