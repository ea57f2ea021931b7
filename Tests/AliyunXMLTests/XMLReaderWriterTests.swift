import AliyunXML
import Testing

@Suite("XML reading and writing")
struct XMLReaderWriterTests {
    @Test("a document reads into elements with their text, attributes and children in order")
    func reads() throws {
        let root = try XMLReader.read(
            Array(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <ListBucketResult xmlns="http://doc.oss-cn-hangzhou.aliyuncs.com">
                  <Name>bucket</Name>
                  <Contents><Key>a &amp; b &lt;c&gt;</Key><Size>3</Size></Contents>
                  <Contents><Key><![CDATA[<raw>]]></Key></Contents>
                  <Owner id="42"/>
                </ListBucketResult>
                """.utf8))
        #expect(root.name == "ListBucketResult")
        #expect(root.text(of: "Name") == "bucket")
        #expect(root.children(named: "Contents").map { $0.text(of: "Key") } == ["a & b <c>", "<raw>"])
        #expect(root.child("Owner")?.attributes["id"] == "42")
    }

    @Test(
        "malformed, oversized, too deep, entity-declaring documents are refused",
        arguments: [
            ("<a><b></a>", "malformed"),
            ("no xml here", "not an XML document"),
            ("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "document type declarations are not accepted"),
            (String(repeating: "<a>", count: 65) + String(repeating: "</a>", count: 65), "nested deeper than 64"),
        ])
    func refuses(document: String, message: String) {
        #expect {
            _ = try XMLReader.read(Array(document.utf8))
        } throws: { error in
            (error as? XMLReadError)?.message.contains(message) == true
        }
        #expect(throws: XMLReadError.self) {
            _ = try XMLReader.read(Array("<a>0123456789</a>".utf8), limits: XMLReader.Limits(maximumBytes: 10))
        }
    }

    @Test("written values cannot change the document's structure, and read back as written")
    func writesEscaped() throws {
        let hostile = "</Key><Injected>1</Injected>&amp; \"'<![CDATA[x]]>\u{0}\u{7}"
        var writer = XMLWriter()
        writer.open("Delete", attributes: [("note", "a\"b<c")])
        writer.element("Key", hostile)
        writer.element("Missing", ifPresent: nil)
        writer.close("Delete")
        #expect(!writer.text.contains("<Injected>"))
        let root = try XMLReader.read(writer.bytes)
        #expect(root.children.map(\.name) == ["Key"])
        #expect(root.text(of: "Key") == "</Key><Injected>1</Injected>&amp; \"'<![CDATA[x]]>")
        #expect(root.attributes["note"] == "a\"b<c")
    }
}
