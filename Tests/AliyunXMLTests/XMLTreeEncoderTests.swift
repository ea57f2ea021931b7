import AliyunXML
import Testing

@Suite("XML documents from Encodable values")
struct XMLTreeEncoderTests {
    struct Part: Encodable {
        var number: Int
        var tag: String?

        enum CodingKeys: String, CodingKey {
            case number = "PartNumber"
            case tag = "ETag"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(number, forKey: .number)
            try container.encodeIfPresent(tag, forKey: .tag)
        }
    }

    struct Upload: Encodable {
        var quiet: Bool
        var parts: [Part]
        var names: [String]
        var size: Double

        enum CodingKeys: String, CodingKey {
            case quiet = "Quiet"
            case parts = "Part"
            case names = "Name"
            case size = "Size"
        }
    }

    func text(_ value: some Encodable, root: String) throws -> String {
        String(decoding: try XMLTreeEncoder.document(value, root: root), as: UTF8.self)
    }

    @Test("members are elements in the order the value encodes them; a list repeats its key; nil is no element")
    func order() throws {
        let upload = Upload(
            quiet: true, parts: [Part(number: 2, tag: "\"b\""), Part(number: 1, tag: nil)], names: ["x", "y"], size: 5)
        #expect(
            try text(upload, root: "CompleteMultipartUpload")
                == """
                <?xml version="1.0" encoding="UTF-8"?>
                <CompleteMultipartUpload><Quiet>true</Quiet><Part><PartNumber>2</PartNumber>\
                <ETag>&quot;b&quot;</ETag></Part><Part><PartNumber>1</PartNumber></Part>\
                <Name>x</Name><Name>y</Name><Size>5</Size></CompleteMultipartUpload>
                """)
    }

    @Test("hostile text is escaped, never structure; an empty list is no element; a fraction stays a fraction")
    func escaping() throws {
        let upload = Upload(quiet: false, parts: [], names: ["</Name><Evil>&"], size: 0.5)
        let document = try text(upload, root: "Root")
        #expect(document.contains("<Name>&lt;/Name&gt;&lt;Evil&gt;&amp;</Name>"))
        #expect(!document.contains("<Part>"))
        #expect(document.contains("<Size>0.5</Size>"))
    }

    @Test("a dictionary's members are elements too, and a scalar root is the root's text")
    func dictionariesAndScalars() throws {
        #expect(try text(["Key": "v"], root: "Tag").hasSuffix("<Tag><Key>v</Key></Tag>"))
        #expect(try text("plain", root: "Status").hasSuffix("<Status>plain</Status>"))
    }
}
