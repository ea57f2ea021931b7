import AliyunRuntime
import Foundation
import Testing

/// A list of one in a document made from XML is one element, not a list: read as a list only when the decoder
/// says the document came from XML; a map of scalars reads leniently too.
@Suite("Lists of one element, and maps, read leniently")
struct LoneElementTests {
    struct Listing: Decodable {
        var keys: [String]?
        var owners: [Owner]?
        var tags: [String: Int]?

        struct Owner: Decodable {
            var id: String?
        }

        enum CodingKeys: String, CodingKey {
            case keys = "Key"
            case owners = "Owner"
            case tags = "Tags"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            keys = container.decodeLeniently([String].self, forKey: .keys)
            owners = container.decodeLeniently([Owner].self, forKey: .owners)
            tags = [String: Int].readLeniently(from: try container.superDecoder(forKey: .tags))
        }
    }

    static let json = Data(#"{"Key": "a", "Owner": {"id": "o"}, "Tags": {"x": "1", "y": 2, "z": "bad"}}"#.utf8)

    @Test("from XML, a lone scalar or object is a list of that one element")
    func fromXML() throws {
        let decoder = JSONDecoder()
        decoder.userInfo[.loneElementIsList] = true
        let listing = try decoder.decode(Listing.self, from: Self.json)
        #expect(listing.keys == ["a"])
        #expect(listing.owners?.map(\.id) == ["o"])
    }

    @Test("from JSON, a value that is not a list stays unreadable as a list, as before")
    func fromJSON() throws {
        let listing = try JSONDecoder().decode(Listing.self, from: Self.json)
        #expect(listing.keys == nil)
        #expect(listing.owners == nil)
    }

    @Test("a map keeps the members it can read, a number given as text among them")
    func maps() throws {
        let listing = try JSONDecoder().decode(Listing.self, from: Self.json)
        #expect(listing.tags == ["x": 1, "y": 2])
    }
}
