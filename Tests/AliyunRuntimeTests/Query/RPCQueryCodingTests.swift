import AliyunRuntime
import Testing

@Suite("RPC query coding")
struct RPCQueryCodingTests {
    struct Tag: RPCQueryCodable, Equatable, Codable {
        var key: String?
        var value: String?

        func encode(to encoder: inout RPCQueryEncoder) throws {
            encoder.encode(key, forKey: "Key")
            encoder.encode(value, forKey: "Value")
        }

        init(key: String? = nil, value: String? = nil) {
            self.key = key
            self.value = value
        }

        init(from decoder: RPCQueryDecoder) throws(RPCQueryDecodingError) {
            self.init(
                key: try decoder.decode(String.self, forKey: "Key"),
                value: try decoder.decode(String.self, forKey: "Value"))
        }
    }

    @Test("scalars, flattened objects, numbered lists and JSON values")
    func encoding() throws {
        var encoder = RPCQueryEncoder()
        encoder.encode("a b", forKey: "Name")
        encoder.encode(true, forKey: "DryRun")
        encoder.encode(Int64(9_007_199_254_740_993), forKey: "Big")
        encoder.encode(0.5, forKey: "Price")
        encoder.encode(String?.none, forKey: "Absent")
        try encoder.encodeObject(Tag(key: "k"), forKey: "Features")
        encoder.encodeList(["x", "y"], forKey: "Ids")
        try encoder.encodeObjectList([Tag(key: "a", value: "1"), Tag(value: "2")], forKey: "Tag")
        try encoder.encodeJSON(["b": 2, "a": 1], forKey: "Json")
        #expect(
            encoder.items.map(\.description) == [
                "Name=a b", "DryRun=true", "Big=9007199254740993", "Price=0.5", "Features.Key=k", "Ids.1=x", "Ids.2=y",
                "Tag.1.Key=a", "Tag.1.Value=1", "Tag.2.Value=2", #"Json={"a":1,"b":2}"#,
            ])
        let decoder = RPCQueryDecoder(items: encoder.items)
        #expect(try decoder.decode(Bool.self, forKey: "DryRun") == true)
        #expect(try decoder.decode(Int64.self, forKey: "Big") == 9_007_199_254_740_993)
        #expect(try decoder.decodeList(String.self, forKey: "Ids") == ["x", "y"])
        #expect(try decoder.decodeObjectList(Tag.self, forKey: "Tag") == [Tag(key: "a", value: "1"), Tag(value: "2")])
        #expect(try decoder.decodeObject(Tag.self, forKey: "Features") == Tag(key: "k"))
        #expect(try decoder.decodeJSON([String: Int].self, forKey: "Json") == ["a": 1, "b": 2])
        #expect(try decoder.decode(String.self, forKey: "Absent") == nil)
        #expect(try decoder.decodeList(String.self, forKey: "Nothing") == nil)
    }

    @Test("bad values name the parameter")
    func errors() {
        let decoder = RPCQueryDecoder(items: [RPCQueryItem(name: "N", value: "x"), RPCQueryItem(name: "J", value: "{")])
        #expect(throws: RPCQueryDecodingError(name: "N", reason: .invalidValue("x"))) {
            try decoder.decode(Int.self, forKey: "N")
        }
        #expect(throws: RPCQueryDecodingError.self) { try decoder.decodeJSON([Int].self, forKey: "J") }
        #expect(throws: RPCQueryDecodingError(name: "M", reason: .missing)) {
            try decoder.require(try decoder.decode(String.self, forKey: "M"), forKey: "M")
        }
    }

    @Test("50,000 listed objects decode in one linear pass, in order", .timeLimit(.minutes(1)))
    func largeObjectList() throws {
        let count = 50_000
        let items = (1...count).flatMap { index in
            [
                RPCQueryItem(name: "Tag.\(index).Key", value: "k\(index)"),
                RPCQueryItem(name: "Tag.\(index).Value", value: "v"),
            ]
        }
        let decoder = RPCQueryDecoder(items: items.reversed())
        let tags = try #require(try decoder.decodeObjectList(Tag.self, forKey: "Tag"))
        #expect(tags.count == count)
        #expect(tags.first == Tag(key: "k1", value: "v"))
        #expect(tags.last == Tag(key: "k\(count)", value: "v"))
    }

    @Test("an object is present only when a name continues its prefix: Tag.1x is not Tag.1")
    func prefixesAreWhole() throws {
        let decoder = RPCQueryDecoder(items: [RPCQueryItem(name: "Tag.10.Key", value: "ten")])
        #expect(try decoder.decodeObjectList(Tag.self, forKey: "Tag") == nil, "there is no Tag.1")
        #expect(try decoder.decodeObject(Tag.self, forKey: "Tag.10") == Tag(key: "ten"))
        #expect(try decoder.decodeObject(Tag.self, forKey: "Tag.1") == nil)
    }
}
