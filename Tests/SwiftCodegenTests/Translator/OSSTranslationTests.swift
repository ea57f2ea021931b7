import Foundation
import SpecIR
import SpecReaders
import Testing

@testable import SwiftCodegen

/// An OSS-style spec generates a client on the OSS runtime: requests that write their bucket, key, headers and
/// XML body; raw bodies beside the request; answers streamed or read from XML and headers; retries by HTTP
/// method; header names without `x-oss-`; marker paging.
@Suite("OSS-style translation")
struct OSSTranslationTests {
    static let spec = """
        {"info": {"product": "Oss", "version": "2019-05-17", "style": "OSS"},
         "apis": {
           "PutObject": {"path": "/{key}", "methods": ["put"],
             "parameters": [
               {"name": "bucket", "in": "host", "schema": {"type": "string", "required": true}},
               {"name": "key", "in": "path", "schema": {"type": "string", "required": true}},
               {"name": "x-oss-storage-class", "in": "header",
                "schema": {"type": "string", "enum": ["Standard", "IA"]}},
               {"name": "x-oss-meta-*", "in": "header",
                "schema": {"type": "object", "additionalProperties": {"type": "string"}}},
               {"name": "body", "in": "body", "schema": {"type": "string", "format": "binary"}}],
             "responses": {"200": {"headers": {"ETag": {"schema": {"type": "string"}},
               "x-oss-hash-crc64ecma": {"schema": {"type": "string"}}}}}},
           "GetObject": {"path": "/{key}", "methods": ["get"],
             "parameters": [
               {"name": "bucket", "in": "host", "schema": {"type": "string", "required": true}},
               {"name": "key", "in": "path", "schema": {"type": "string", "required": true}}],
             "responses": {"200": {"schema": {"type": "string", "format": "binary"},
               "headers": {"Content-Length": {"schema": {"type": "integer", "format": "int64"}}}}}},
           "InitiateMultipartUpload": {"path": "/{key}?uploads", "methods": ["post"],
             "parameters": [
               {"name": "bucket", "in": "host", "schema": {"type": "string", "required": true}},
               {"name": "key", "in": "path", "schema": {"type": "string", "required": true}}],
             "responses": {"200": {"schema": {"type": "object", "properties": {"InitiateMultipartUploadResult": {
               "type": "object", "properties": {"UploadId": {"type": "string"}}}}}}}},
           "ListMultipartUploads": {"path": "/?uploads", "methods": ["get"],
             "parameters": [
               {"name": "bucket", "in": "host", "schema": {"type": "string", "required": true}},
               {"name": "key-marker", "in": "query", "schema": {"type": "string"}},
               {"name": "upload-id-marker", "in": "query", "schema": {"type": "string"}}],
             "responses": {"200": {"schema": {"type": "object", "properties": {"ListMultipartUploadsResult": {
               "type": "object", "properties": {
                 "IsTruncated": {"type": "boolean"}, "NextKeyMarker": {"type": "string"},
                 "NextUploadIdMarker": {"type": "string"},
                 "Upload": {"type": "array", "items": {"type": "object",
                   "properties": {"Key": {"type": "string"}}}}}}}}}}}
         }}
        """

    static func render(commandName: String? = nil) throws -> Generator.Output {
        let service = try SpecReader.read(bytes: Array(spec.utf8), path: "oss.json").service
        return try Generator.render(
            service, options: GenerationOptions(moduleName: "AliyunOSS"), sources: ["oss.json"],
            templates: .embedded, commandName: commandName)
    }

    static func file(_ name: String) throws -> String {
        try #require(try render().files.first { $0.path == name }?.contents)
    }

    @Test("the client sends through OSSCaller, and every file imports the OSS runtime")
    func client() throws {
        let client = try Self.file("OSSClient.swift")
        #expect(client.contains("import AliyunOSSRuntime"))
        #expect(client.contains("public var caller: OSSCaller"))
        #expect(client.contains("configuration: OSSClientConfiguration"))
    }

    @Test("a raw body is a parameter beside the request; the answer's headers are read into its members")
    func rawBody() throws {
        let put = try Self.file("PutObject.swift")
        #expect(put.contains("body: OSSBody = .empty,"))
        #expect(put.contains("OSSOperationInvoker.invoke("))
        #expect(put.contains(#"path: "/{key}","#))
        #expect(put.contains(#"responseHeaders: ["ETag": "ETag", "x-oss-hash-crc64ecma": "x-oss-hash-crc64ecma"],"#))
        #expect(put.contains("isIdempotent: true)"), "PUT repeats to the same effect")
        #expect(!put.contains("public var body"))
        #expect(put.contains("encoder.encodeHost(bucket, forKey: \"bucket\")"))
        #expect(put.contains("encoder.encodePath(key, forKey: \"key\")"))
        #expect(put.contains("try encoder.encodeHeaderJSON(meta, forKey: \"x-oss-meta-*\")"))
        #expect(put.contains("public var storageClass: StorageClass?"), "x-oss- is not part of Swift names")
        #expect(put.contains("public var meta: [String: String]?"), "a header family of strings is a map")
        #expect(put.contains("public var hashCrc64ecma: String?"))
    }

    @Test("an answer of bytes is streamed as OSSDownload; GET is retried, POST is not")
    func streamedAnswer() throws {
        let get = try Self.file("GetObject.swift")
        #expect(get.contains("async throws -> OSSDownload<GetObjectResponse> {"))
        #expect(get.contains("OSSOperationInvoker.download("))
        #expect(get.contains("isIdempotent: true)"))
        #expect(get.contains("public var contentLength: Int64?"))
        let initiate = try Self.file("InitiateMultipartUpload.swift")
        #expect(initiate.contains(#"path: "/{key}?uploads","#))
        #expect(initiate.contains("isIdempotent: false)"))
        #expect(initiate.contains("public var uploadId: String?"))
    }

    @Test("an answer's Next… members page the request's markers, all of them, until IsTruncated is not true")
    func markerPaging() throws {
        let list = try Self.file("ListMultipartUploads.swift")
        #expect(list.contains("func listMultipartUploadsPages("))
        #expect(list.contains("guard response.isTruncated == true else { return nil }"))
        #expect(list.contains("next.keyMarker = response.nextKeyMarker"))
        #expect(list.contains("next.uploadIdMarker = response.nextUploadIdMarker"))
        #expect(list.contains("func listMultipartUploadsItems("))
    }

    @Test("a command-line client or a server side of an OSS spec is refused, naming what to use instead")
    func refusals() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("oss-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.spec.write(to: directory.appendingPathComponent("oss.json"), atomically: true, encoding: .utf8)
        var config = GeneratorConfig()
        config.specs = ["oss.json"]
        config.output = "out"
        config.baseDirectory = directory.path
        config.commandOutput = "cli"
        let command = #expect(throws: UnsupportedStyleError.self) { _ = try GenerationRun(config: config).read() }
        #expect(command?.description.contains("`aliyun-oss` is its command line") == true)
        config.commandOutput = nil
        config.serverOutput = "server"
        let server = #expect(throws: UnsupportedStyleError.self) { _ = try GenerationRun(config: config).read() }
        #expect(server?.description.contains("a server side for RPC-style APIs only") == true)
    }
}

/// Long extension headers are laid out as swift-format lays them out, so that generated code passes its lint.
@Suite("Extension header layout")
struct ExtensionHeaderLayoutTests {
    @Test("one line, brace below, conformance below, or the name broken at its dots")
    func shapes() {
        #expect(ExtensionHeaderLayout("A.B", conformance: "ValidatableValue").shape == .oneLine)
        let long = String(repeating: "N", count: 86)
        #expect(ExtensionHeaderLayout("\(long).Tail", conformance: "ValidatableValue").shape == .braceBelow)
        #expect(ExtensionHeaderLayout("\(long).Tail12345", conformance: "ValidatableValue").shape == .conformanceBelow)
        let nested = (1...6).map { String(repeating: Character(String($0)), count: 25) }.joined(separator: ".")
        let wrapped = ExtensionHeaderLayout(nested, conformance: "ValidatableValue")
        #expect(wrapped.shape == .wrapped)
        #expect(wrapped.first.split(separator: ".").count == 4)
        #expect(
            wrapped.rest == [
                "." + (5...6).map { String(repeating: Character(String($0)), count: 25) }.joined(separator: ".")
            ])
    }
}
