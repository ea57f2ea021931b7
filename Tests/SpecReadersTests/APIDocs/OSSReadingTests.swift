import SpecIR
import Testing

@testable import SpecReaders

/// OSS-style api-docs read into the IR: the bucket in the host, the sub-resource in the path's query, XML bodies
/// whose one member is the root element, raw bodies, answers that are XML documents or bytes, and the answer's
/// headers, which OSS's metadata leaves out and an overlay adds.
@Suite("OSS-style api-docs")
struct OSSReadingTests {
    static let spec = """
        {"info": {"product": "Oss", "version": "2019-05-17", "style": "OSS"},
         "components": {"schemas": {
           "Tagging": {"type": "object", "properties": {"TagSet": {"type": "object", "properties": {
             "Tag": {"type": "array", "items": {"type": "object", "properties": {"Key": {"type": "string"}}}}}}}}}},
         "apis": {
           "PutObject": {"path": "/{key}", "methods": ["put"], "consumes": ["application/octet-stream"],
             "parameters": [
               {"name": "bucket", "in": "host", "schema": {"type": "string", "required": true}},
               {"name": "key", "in": "path", "schema": {"type": "string", "required": true}},
               {"name": "x-oss-meta-*", "in": "header",
                "schema": {"type": "object", "additionalProperties": {"type": "string"}}},
               {"name": "body", "in": "body", "schema": {"type": "string", "format": "binary"}}],
             "responses": {"200": {}}},
           "GetObject": {"path": "/{key}", "methods": ["get"],
             "parameters": [{"name": "bucket", "in": "host", "schema": {"type": "string", "required": true}}],
             "responses": {"200": {"schema": {"type": "string", "format": "binary"}}}},
           "PutBucketTags": {"path": "/?tagging", "methods": ["put"],
             "parameters": [
               {"name": "bucket", "in": "host", "schema": {"type": "string", "required": true}},
               {"name": "body", "in": "body", "style": "xml",
                "schema": {"type": "object", "properties": {"Tagging": {"$ref": "#/components/schemas/Tagging"}}}}],
             "responses": {"200": {}}},
           "GetBucketTags": {"path": "/?tagging", "methods": ["get"],
             "responses": {"200": {"schema": {"type": "object",
               "properties": {"Tagging": {"$ref": "#/components/schemas/Tagging"}}}}}},
           "ListObjectsV2": {"path": "/?list-type=2", "methods": ["get"],
             "responses": {"200": {"schema": {"type": "object", "properties": {"ListBucketResult": {
               "type": "object", "properties": {"Name": {"type": "string"}, "IsTruncated": {"type": "boolean"}}}}}}}}
         }}
        """

    static let overlay = """
        {"overlayOf": {"product": "Oss", "version": "2019-05-17"},
         "apis": {"PutObject": {"x-source": "https://help.aliyun.com/zh/oss/developer-reference/putobject",
           "responses": {"200": {"headers": {
             "ETag": {"schema": {"type": "string"}, "description": "The entity tag."},
             "x-oss-next-append-position": {"schema": {"type": "integer", "format": "int64"}}}}}}}}
        """

    func read() throws -> ServiceSpec {
        let overlay = try SpecOverlay(bytes: Array(Self.overlay.utf8), path: "overlay.json")
        return try SpecReader.read(bytes: Array(Self.spec.utf8), path: "oss.json", overlays: [overlay]).service
    }

    func operation(_ name: String) throws -> OperationSpec {
        try #require(try read().operations.first { $0.name == name })
    }

    @Test("the bucket is placed in the host, the key in the path; an OSS path keeps its sub-resource query")
    func places() throws {
        let put = try operation("PutObject")
        #expect(put.parameters.map(\.place) == [.host, .path, .header, .payload])
        #expect(put.path == "/{key}")
        #expect(try operation("PutBucketTags").path == "/?tagging")
        #expect(try operation("ListObjectsV2").path == "/?list-type=2")
    }

    @Test("a binary body is raw bytes; a header family's values are the map's item")
    func rawBodyAndFamilies() throws {
        let put = try operation("PutObject")
        #expect(put.parameters[3].type == .binary)
        #expect(put.parameters[2].type == .object)
        #expect(put.parameters[2].item?.value.type == .string)
    }

    @Test("an XML body's one property is its root element, a body member of the shared type")
    func xmlBody() throws {
        let tags = try operation("PutBucketTags")
        let body = try #require(tags.parameters.last)
        #expect(body.name == "Tagging")
        #expect(body.place == .bodyMember)
        #expect(body.reference == "Tagging")
        #expect(body.style == .xml)
    }

    @Test("an XML answer's root element names the document; its members are the fields, or its shared type's")
    func xmlAnswers() throws {
        let list = try operation("ListObjectsV2").response
        #expect(list.xmlRoot == "ListBucketResult")
        #expect(list.fields.map(\.name) == ["Name", "IsTruncated"])
        let tags = try operation("GetBucketTags").response
        #expect(tags.xmlRoot == "Tagging")
        #expect(tags.reference == "Tagging")
        #expect(tags.fields.isEmpty)
    }

    @Test("a binary answer is streamed bytes; the answer's headers, from the overlay, are header fields")
    func rawAnswerAndHeaders() throws {
        #expect(try operation("GetObject").response.isRawBody == true)
        let put = try operation("PutObject").response
        #expect(put.isRawBody == nil)
        #expect(put.fields.map(\.name) == ["ETag", "x-oss-next-append-position"])
        #expect(put.fields.map(\.place) == [.header, .header])
        #expect(put.fields[0].description == "The entity tag.")
        #expect(put.fields[1].type == .long)
        #expect(put.fields[0].source.file == "overlay.json")
    }

    @Test("a response header without a schema is an error at its line")
    func headerWithoutSchema() throws {
        let json = """
            {"info": {"product": "Oss", "version": "2019-05-17", "style": "OSS"},
             "apis": {"HeadObject": {"path": "/{key}", "methods": ["head"],
               "responses": {"200": {"headers": {"ETag": {"type": "string"}}}}}}}
            """
        let error = #expect(throws: DiagnosticError.self) {
            try SpecReader.read(bytes: Array(json.utf8), path: "oss.json")
        }
        #expect(error?.diagnostic.message.contains("response header \"ETag\" has no \"schema\"") == true)
        #expect(error?.diagnostic.location.line == 3)
    }
}
