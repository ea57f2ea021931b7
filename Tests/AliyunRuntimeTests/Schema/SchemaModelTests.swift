import AliyunRuntime
import Foundation
import Testing

/// A request shaped as the generator writes one: required and optional members, a nested object, a list of
/// objects, a joined list and a JSON member, coded by its table.
struct Order: SchemaModel, RPCQueryCodable {
    struct Item: SchemaModel, RPCQueryCodable {
        var sku: String
        var quantity: Int?

        static let schema = ModelSchema<Self>(
            .strict, blank: Self(sku: ""),
            fields: [.requiredValue("Sku", \.sku), .value("Quantity", \.quantity)])
    }

    var regionId: String
    var note: String?
    var gift: Item?
    var items: [Item]?
    var ids: [String]?
    var extra: JSONValue?

    static let schema = ModelSchema<Self>(
        .strict, blank: Self(regionId: ""),
        fields: [
            .requiredValue("RegionId", \.regionId),
            .value("Note", \.note),
            .object("Gift", \.gift),
            .objects("Item", \.items),
            .joined("Ids", \.ids),
            .json("Extra", \.extra),
        ])
}

/// A ROA request: its path member travels outside the query.
struct Detach: SchemaModel, RPCQueryCodable {
    var clusterId: String
    var force: Bool?

    static let schema = ModelSchema<Self>(
        .strict, blank: Self(clusterId: ""),
        fields: [.requiredUnqueried("ClusterId", \.clusterId), .value("Force", \.force)])
}

/// An answer: read leniently.
struct Receipt: SchemaModel {
    var total: Double?
    var paid: Bool?
    var lines: [Int]?

    static let schema = ModelSchema<Self>(
        .lenient, blank: Self(),
        fields: [.member("Total", \.total), .member("Paid", \.paid), .member("Lines", \.lines)])
}

@Suite("Models coded by their schema table")
struct SchemaModelTests {
    static let order = Order(
        regionId: "cn-hangzhou", note: nil, gift: Order.Item(sku: "g", quantity: nil),
        items: [Order.Item(sku: "a", quantity: 2), Order.Item(sku: "b", quantity: nil)], ids: ["x", "y"],
        extra: .object(["k": .integer(1)]))

    @Test("JSON: keyed by wire names, absent optionals left out, and read back to an equal value")
    func jsonRoundTrip() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(Self.order), as: UTF8.self)
        #expect(
            text
                == #"{"Extra":{"k":1},"Gift":{"Sku":"g"},"Ids":["x","y"],"Item":[{"Quantity":2,"Sku":"a"},{"Sku":"b"}],"#
                + #""RegionId":"cn-hangzhou"}"#)
        #expect(try JSONDecoder().decode(Order.self, from: Data(text.utf8)) == Self.order)
    }

    @Test("JSON, strict: a missing required member or a value of another type is an error")
    func strictDecoding() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Order.self, from: Data(#"{"Note":"n"}"#.utf8)) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Order.self, from: Data(#"{"RegionId":"r","Gift":{"Sku":1}}"#.utf8))
        }
    }

    @Test("JSON, lenient: numbers and booleans as strings are read; an unreadable member is nil, the rest kept")
    func lenientDecoding() throws {
        let receipt = try JSONDecoder().decode(
            Receipt.self, from: Data(#"{"Total":"12.5","Paid":"1","Lines":[1,"2",null,"x",3]}"#.utf8))
        #expect(receipt == Receipt(total: 12.5, paid: true, lines: [1, 2, 3]))
        let broken = try JSONDecoder().decode(Receipt.self, from: Data(#"{"Total":{"a":1},"Paid":true}"#.utf8))
        #expect(broken == Receipt(total: nil, paid: true, lines: nil))
    }

    @Test("== and hash(into:) cover every member")
    func equality() {
        var other = Self.order
        #expect(other == Self.order && other.hashValue == Self.order.hashValue)
        other.items?[1].quantity = 1
        #expect(other != Self.order)
        other = Self.order
        other.extra = nil
        #expect(other != Self.order)
        #expect(Set([Self.order, other, Self.order]).count == 2)
    }

    @Test("RPC query items: nested, repeated, joined and JSON members, and read back")
    func queryRoundTrip() throws {
        var encoder = RPCQueryEncoder()
        try Self.order.encode(to: &encoder)
        #expect(
            encoder.items.map { "\($0.name)=\($0.value)" } == [
                "RegionId=cn-hangzhou", "Gift.Sku=g", "Item.1.Sku=a", "Item.1.Quantity=2", "Item.2.Sku=b", "Ids=x,y",
                #"Extra={"k":1}"#,
            ])
        #expect(try Order(from: RPCQueryDecoder(items: encoder.items)) == Self.order)
    }

    @Test("RPC query items: a required member sent outside the query is missing there, never a placeholder")
    func unqueried() throws {
        var encoder = RPCQueryEncoder()
        try Detach(clusterId: "c-1", force: true).encode(to: &encoder)
        #expect(encoder.items.map { "\($0.name)=\($0.value)" } == ["Force=true"])
        #expect(throws: RPCQueryDecodingError(name: "ClusterId", reason: .missing)) {
            try Detach(from: RPCQueryDecoder(items: encoder.items))
        }
    }

    @Test("RPC query items: a missing required member is named with its full path")
    func queryMissing() {
        let items = [RPCQueryItem(name: "RegionId", value: "r"), RPCQueryItem(name: "Item.1.Quantity", value: "2")]
        #expect(throws: RPCQueryDecodingError(name: "Item.1.Sku", reason: .missing)) {
            try Order(from: RPCQueryDecoder(items: items))
        }
        #expect(throws: RPCQueryDecodingError(name: "RegionId", reason: .missing)) {
            try Order(from: RPCQueryDecoder(items: []))
        }
    }
}
