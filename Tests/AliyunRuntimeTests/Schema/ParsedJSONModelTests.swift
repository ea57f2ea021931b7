import AliyunRuntime
import Foundation
import Testing

/// An answer with every kind of member a generated answer has, read leniently.
struct Listing: SchemaModel {
    struct Entry: SchemaModel {
        var id: String
        var size: Int64?
        var ready: Bool?
        var tags: [String: String]?

        static let schema = ModelSchema<Self>(
            .lenient, blank: Self(id: ""),
            fields: [
                .requiredMember("Id", \.id), .member("Size", \.size), .member("Ready", \.ready),
                .member("Tags", \.tags),
            ])
    }

    var requestId: String?
    var count: Int?
    var ratio: Double?
    var state: Direction?
    var entries: [Entry]?
    var names: [String]?
    var extra: JSONValue?
    var detail: Order.Item?

    static let schema = ModelSchema<Self>(
        .lenient, blank: Self(),
        fields: [
            .member("RequestId", \.requestId), .member("Count", \.count), .member("Ratio", \.ratio),
            .member("State", \.state), .member("Entries", \.entries), .member("Names", \.names),
            .member("Extra", \.extra), .member("Detail", \.detail, jsonKey: "detail"),
        ])
}

/// An open enum as generated.
enum Direction: OpenEnum {
    case up
    case other(String)

    init(rawValue: String) { self = rawValue == "Up" ? .up : .other(rawValue) }
    var rawValue: String {
        switch self {
        case .up: "Up"
        case .other(let value): value
        }
    }
    static let documentedCases: [Direction] = [.up]
}

/// The generated client reads answers from parsed JSON (`SchemaModel.init(json:)`); `JSONDecoder` reads them through
/// `init(from:)`. Both must make the same model of every answer, and a server's writer the same text as `JSONEncoder`.
@Suite("Models read from parsed JSON and written by JSONWriter, as Codable reads and writes them")
struct ParsedJSONModelTests {
    static let answers = [
        #"{"RequestId":"r","Count":3,"Ratio":0.5,"State":"Up","Names":["a","b"],"Extra":{"k":[1,null]}}"#,
        // Scalars in other JSON types than documented.
        #"{"RequestId":12,"Count":"7","Ratio":"2.5","State":1,"Names":[1,true,2.5,null,{}],"Extra":null}"#,
        #"{"Count":" 8 ","Ratio":3,"State":false,"RequestId":1.25}"#,
        // Unreadable members are nil; an unreadable list element is left out; nulls skipped.
        #"{"Count":1.5,"Ratio":"x","State":[],"Names":"not a list","Entries":[{"Id":"e1"},{"Size":1},null,7]}"#,
        #"{"Entries":[{"Id":"e","Size":"12","Ready":"TRUE","Tags":{"a":"1","b":2,"c":null,"d":[]}}]}"#,
        #"{"Entries":[{"Id":"e","Ready":1,"Size":9223372036854775807},{"Id":"f","Ready":2,"Size":1e3}]}"#,
        #"{"Entries":{"Id":"not a list"},"Count":null,"Ratio":null}"#,
        // A nested model read strictly: one wrong member loses it whole.
        #"{"detail":{"Sku":"s","Quantity":2}}"#, #"{"detail":{"Sku":"s","Quantity":"2"}}"#,
        #"{"detail":{"Quantity":2}}"#,
        #"{"detail":{"Sku":null}}"#, #"{"detail":null}"#, #"{}"#, #"{"Unknown":[1,2,3]}"#,
    ]

    @Test("a lenient answer: the same model as JSONDecoder makes", arguments: answers)
    func lenientAgrees(_ text: String) throws {
        let decoded = try JSONDecoder().decode(Listing.self, from: Data(text.utf8))
        let parsed = Listing(json: try JSONParser.parse(Array(text.utf8)))
        #expect(parsed == decoded)
    }

    @Test("not an object, or a required member missing: no model, where JSONDecoder throws")
    func lenientRefuses() throws {
        for text in [#"[]"#, #""text""#, #"{"Entries":[{"Size":1}]}"#] {
            let decoded = try? JSONDecoder().decode(Listing.Entry.self, from: Data(text.utf8))
            #expect(Listing.Entry(json: try JSONParser.parse(Array(text.utf8))) == decoded)
        }
        #expect(Listing.Entry(json: .object(["Size": .integer(1)])) == nil)
    }

    static let requests = [
        #"{"RegionId":"r","Note":"n","Gift":{"Sku":"g"},"Item":[{"Sku":"a","Quantity":2}],"Ids":["x"],"Extra":{"a":1}}"#,
        #"{"RegionId":"r","Note":null,"Extra":null}"#, #"{"RegionId":1}"#, #"{"Note":"n"}"#,
        #"{"RegionId":"r","Gift":{"Sku":1}}"#, #"{"RegionId":"r","Ids":["x",null]}"#, #"{"RegionId":"r","Ids":"x"}"#,
        #"{"RegionId":"r","Item":[{"Sku":"a","Quantity":2.5}]}"#, #"{"RegionId":null}"#,
    ]

    @Test("a strict model: the same model, or none where JSONDecoder throws", arguments: requests)
    func strictAgrees(_ text: String) throws {
        let decoded = try? JSONDecoder().decode(Order.self, from: Data(text.utf8))
        #expect(Order(json: try JSONParser.parse(Array(text.utf8))) == decoded)
    }

    /// `JSONEncoder` keeps an object's members in a dictionary, so the order it writes them in changes from one
    /// process to the next; the writer keeps declaration order, the same bytes every time.
    @Test("written by JSONWriter: what JSONEncoder writes, members in declaration order")
    func writerAgrees() throws {
        let listing = Listing(
            requestId: "r/1", count: 3, ratio: 0.25, state: .other("Sideways"),
            entries: [Listing.Entry(id: "e\n\"1\"", size: -4, ready: true, tags: ["b": "2", "a": "1"])],
            names: ["é", "\u{1}"], extra: nil, detail: Order.Item(sku: "s", quantity: nil))
        var writer = JSONWriter()
        listing.writeJSON(to: &writer)
        #expect(
            writer.text
                == #"{"RequestId":"r/1","Count":3,"Ratio":0.25,"State":"Sideways","Entries":[{"Id":"e\n\"1\"","Size":-4,"#
                + #""Ready":true,"Tags":{"a":"1","b":"2"}}],"Names":["é","\u0001"],"detail":{"Sku":"s"}}"#)
        let encoded = try JSONEncoder().encode(listing)
        #expect(try JSONParser.parse(writer.bytes) == JSONParser.parse(Array(encoded)))
    }

    @Test("a server's answer gets the call's RequestId first, unless it carries its own")
    func requestIdDefault() {
        var writer = JSONWriter()
        Listing(count: 1).writeJSON(to: &writer, defaulting: "RequestId", to: "call-id")
        #expect(writer.text == #"{"RequestId":"call-id","Count":1}"#)
        var own = JSONWriter()
        Listing(requestId: "own", count: 1).writeJSON(to: &own, defaulting: "RequestId", to: "call-id")
        #expect(own.text == #"{"RequestId":"own","Count":1}"#)
    }
}
