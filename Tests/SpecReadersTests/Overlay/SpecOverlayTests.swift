import Foundation
import SpecIR
import Testing

@testable import SpecReaders

@Suite("spec overlays")
struct SpecOverlayTests {
    /// A spec with two operations: `Get` (two parameters, one documented error) and `Put`.
    let spec = """
        {"info": {"product": "Demo", "version": "2020-01-01", "style": "RPC"},
         "apis": {
          "Get": {"methods": ["post"],
                  "parameters": [{"name": "Id", "in": "query", "schema": {"type": "integer", "format": "int64"}},
                                 {"name": "Old", "in": "query", "schema": {"type": "string"}}],
                  "errorCodes": {"404": [{"errorCode": "NotFound", "errorMessage": "from the spec"}]}},
          "Put": {"methods": ["post"], "parameters": []}}}
        """

    func overlay(_ text: String, path: String = "overlay.json") throws -> SpecOverlay {
        try SpecOverlay(bytes: Array(text.utf8), path: path)
    }

    func read(overlays: [SpecOverlay]) throws -> ReadResult {
        try SpecReader.read(bytes: Array(spec.utf8), path: "spec.json", overlays: overlays)
    }

    @Test("an overlay adds an operation, located in the overlay file")
    func addsOperation() throws {
        let added = try overlay(
            """
            {"overlayOf": {"product": "demo", "version": "2020-01-01"},
             "apis": {
              "Delete": {"x-source": "https://help.example.com/delete",
                         "methods": ["post"],
                         "parameters": [{"name": "Id", "in": "query", "schema": {"type": "string", "required": true}}]}}}
            """)
        let result = try read(overlays: [added])
        #expect(result.service.operations.map(\.name) == ["Get", "Put", "Delete"])
        let delete = try #require(result.service.operations.last)
        #expect(delete.source.file == "overlay.json")
        #expect(delete.source.line == 3)
        #expect(delete.parameters.map(\.name) == ["Id"])
        #expect(delete.parameters.first?.source.file == "overlay.json")
        #expect(result.overlays == ["overlay.json"])
        // What the spec says stays located in the spec.
        #expect(result.service.operations.first?.source.file == "spec.json")
    }

    @Test("parameters merge by name: one retyped, one removed, one added; the others untouched")
    func correctsParameters() throws {
        let correction = try overlay(
            """
            {"overlayOf": {"product": "Demo", "version": "2020-01-01"},
             "apis": {"Get": {"x-source": "https://help.example.com/get",
                              "parameters": [{"name": "Id", "schema": {"type": "string", "format": null}},
                                             {"name": "Old", "x-remove": true},
                                             {"name": "New", "in": "query", "schema": {"type": "boolean"}}]}}}
            """)
        let get = try #require(try read(overlays: [correction]).service.operations.first)
        #expect(get.parameters.map(\.name) == ["Id", "New"])
        #expect(get.parameters.map(\.type) == [.string, .boolean])
        // The retyped parameter keeps what the overlay did not touch: its place.
        #expect(get.parameters.first?.place == .query)
        #expect(get.parameters.last?.source.file == "overlay.json")
    }

    @Test("\"*\" adds error codes to every operation, merged by code, an operation's own entry winning")
    func everyOperation() throws {
        let errors = try overlay(
            """
            {"overlayOf": {"product": "Demo", "version": "2020-01-01"},
             "apis": {
              "*": {"x-source": "https://help.example.com/errors",
                    "errorCodes": {"403": [{"errorCode": "AccessDenied", "errorMessage": "denied"}],
                                   "404": [{"errorCode": "NotFound", "errorMessage": "from the overlay"}]}},
              "Put": {"x-source": "https://help.example.com/put",
                      "errorCodes": {"403": [{"errorCode": "AccessDenied", "errorMessage": "denied to put"}]}}}}
            """)
        let operations = try read(overlays: [errors]).service.operations
        let get = try #require(operations.first)
        #expect(get.errors.map(\.code).sorted() == ["AccessDenied", "NotFound"])
        #expect(get.errors.first { $0.code == "NotFound" }?.message == "from the overlay")
        let put = try #require(operations.last)
        #expect(put.errors.map(\.code).sorted() == ["AccessDenied", "NotFound"])
        #expect(put.errors.first { $0.code == "AccessDenied" }?.message == "denied to put")
        #expect(put.errors.first?.source.file == "overlay.json")
    }

    @Test("x-remove removes an operation, null a member; an overlay of another product or version is left out")
    func removalsAndOtherProductsAreLeftOut() throws {
        let removal = try overlay(
            """
            {"overlayOf": {"product": "Demo", "version": "2020-01-01"},
             "apis": {"Put": {"x-source": "https://help.example.com/retired", "x-remove": true},
                      "Get": {"x-source": "https://help.example.com/get", "errorCodes": null}}}
            """)
        let other = try overlay(
            """
            {"overlayOf": {"product": "Demo", "version": "2099-01-01"},
             "apis": {"Extra": {"x-source": "https://help.example.com/extra", "methods": ["post"], "parameters": []}}}
            """, path: "other.json")
        let result = try read(overlays: [removal, other])
        #expect(result.service.operations.map(\.name) == ["Get"])
        #expect(result.service.operations.first?.errors.isEmpty == true)
        #expect(result.overlays == ["overlay.json"])
    }

    @Test("the project's OSS overlay over the real OSS metadata: DeleteMultipleObjects added, OSS's errors everywhere")
    func ossOverlay() throws {
        let overlay = try SpecOverlay(
            bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Paths.ossOverlay))),
            path: "spec/overlays/oss/2019-05-17.json")
        let plain = try SpecReader.read(path: Paths.ossCorpus)
        let corrected = try SpecReader.read(path: Paths.ossCorpus, overlays: [overlay])
        #expect(corrected.overlays == ["spec/overlays/oss/2019-05-17.json"])
        #expect(!plain.service.operations.contains { $0.name == "DeleteMultipleObjects" })
        #expect(corrected.service.operations.count == plain.service.operations.count + 1)
        let delete = try #require(corrected.service.operations.first { $0.name == "DeleteMultipleObjects" })
        #expect(delete.source.file == "spec/overlays/oss/2019-05-17.json")
        #expect(delete.methods == ["POST"])
        #expect(delete.parameters.map(\.name).contains("Content-MD5"))
        #expect(plain.service.operations.allSatisfy { $0.errors.isEmpty })
        for operation in corrected.service.operations {
            let codes = Set(operation.errors.map(\.code))
            #expect(
                codes.isSuperset(of: ["AccessDenied", "NoSuchBucket", "SignatureDoesNotMatch"]), "\(operation.name)")
        }
        let noSuchKey = try #require(delete.errors.first { $0.code == "NoSuchKey" })
        #expect(noSuchKey.httpStatus == 404)
        #expect(noSuchKey.source.file == "spec/overlays/oss/2019-05-17.json")
    }

    @Test(
        "a bad overlay is an error located in it",
        arguments: [
            (
                #"{"overlayOf": {"product": "Demo", "version": "1"}, "apis": {"Get": {"parameters": []}}}"#,
                "overlay.json:1:61: error: apis.Get does not cite its source"
            ),
            (
                #"{"overlayOf": {"product": "Demo", "version": "1"}, "apis": {"Get": {"x-source": "see docs"}}}"#,
                "overlay.json:1:61: error: apis.Get does not cite its source"
            ),
            (
                #"{"overlayOf": {"product": "Demo", "version": "1"}, "api": {}}"#,
                "overlay.json:1:52: error: unknown overlay member \"api\""
            ),
            (#"{"apis": {}}"#, "overlay.json:1:1: error: a spec overlay names the spec it corrects"),
            ("{\"overlayOf\": \n [", "overlay.json:2:3: error: invalid JSON"),
            ("[1]", "overlay.json:1:1: error: a spec overlay must be a JSON object"),
            (
                #"{"overlayOf": {"product": "Demo", "version": "1"}, "apis": {"Get": null}}"#,
                "overlay.json:1:68: error: apis.Get must be an object (to remove it"
            ),
            (
                #"{"overlayOf": {"product": "Demo", "version": "1"}, "components": {"schemas": {"A": {"type": "string"}}}}"#,
                "overlay.json:1:79: error: components.schemas.A does not cite its source"
            ),
        ])
    func badOverlay(text: String, expected: String) {
        #expect {
            _ = try overlay(text)
        } throws: { error in
            (error as? DiagnosticError)?.description.hasPrefix(expected) == true
        }
    }
}
