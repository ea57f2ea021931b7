import SpecIR
import Testing

@testable import SpecReaders

/// V3-style metadata (ocr-api, ARMS, Cloud Control): each operation RPC when it has no path, ROA when it has one,
/// and a path ending in `*` whose one path parameter it does not name is that parameter whole.
@Suite("V3-style api-docs")
struct V3ReadingTests {
    static let spec = """
        {"info": {"product": "cloudcontrol", "version": "2022-08-30", "style": "V3"},
         "apis": {
           "GetResources": {"path": "/api/v1/providers/{provider}/products/{product}/resources/*", "methods": ["get"],
             "parameters": [{"name": "requestPath", "in": "path", "schema": {"type": "string", "required": true}},
                            {"name": "regionId", "in": "query", "schema": {"type": "string"}}]},
           "GetTask": {"path": "/api/v1/tasks/{taskId}", "methods": ["get"],
             "parameters": [{"name": "taskId", "in": "path", "schema": {"type": "string", "required": true}}]},
           "RecognizeGeneral": {"methods": ["post"],
             "parameters": [{"name": "Url", "in": "query", "schema": {"type": "string"}},
                            {"name": "Tags", "schema": {"type": "array", "items": {"type": "string"}}},
                            {"name": "body", "in": "body", "schema": {"type": "string", "format": "binary"}}]}
         }}
        """

    func read() throws -> ReadResult {
        try SpecReader.read(bytes: Array(Self.spec.utf8), path: "v3.json")
    }

    @Test("an operation with a path is ROA, one without is RPC, its parameters taking RPC's defaults")
    func perOperation() throws {
        let operations = try read().service.operations
        #expect(operations.map(\.path) == ["{+requestPath}", "/api/v1/tasks/{taskId}", nil])
        let recognize = try #require(operations.last)
        #expect(recognize.parameters.map(\.place) == [.query, .query, .payload])
        #expect(recognize.parameters[1].style == .repeatList)
        #expect(recognize.parameters[2].type == .binary)
    }

    @Test("a path ending in * is its one unnamed path parameter whole, with a warning that says so")
    func wholePath() throws {
        let result = try read()
        #expect(result.diagnostics.contains { $0.message.contains("the path is requestPath's value whole") })
        #expect(!result.diagnostics.contains { $0.message.contains("which no path parameter fills") })
    }

    @Test("a parameter in the host outside OSS is reported: its official SDK sends it nowhere, nor does the client")
    func hostParameter() throws {
        let json = """
            {"info": {"product": "FC-Open", "version": "2021-04-06", "style": "FC"},
             "apis": {"ListFunctionAsyncInvokeConfigs": {"path": "/2021-04-06/services/{serviceName}/async-invoke-config",
               "methods": ["get"],
               "parameters": [{"name": "AccountID", "in": "host", "schema": {"type": "string"}},
                              {"name": "serviceName", "in": "path", "schema": {"type": "string", "required": true}}]}}}
            """
        let result = try SpecReader.read(bytes: Array(json.utf8), path: "fc.json")
        #expect(
            result.diagnostics.contains {
                $0.message.hasPrefix("ListFunctionAsyncInvokeConfigs places AccountID in the host")
            })
        #expect(result.service.operations.first?.parameters.first?.place == .host)
    }
}
