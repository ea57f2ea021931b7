import SpecIR
import Testing

@testable import SpecReaders

/// The products called through a gateway of their own: Log Service's metadata says ROA and is read as SLS, with a
/// warning; AliGenie's security schemes bring the access-token header its SDKs send; PDS's host parameter is sent
/// nowhere, as its SDK sends it.
@Suite("Gateway styles: SLS, AliGenie, PDS")
struct GatewayStylesReadingTests {
    static func read(product: String, style: String, security: String, host: Bool = true) throws -> ReadResult {
        let hostParameter = #"{"name": "project", "in": "host", "schema": {"type": "string", "required": true}},"#
        let spec = """
            {"info": {"product": "\(product)", "version": "2020-12-30", "style": "\(style)"},
             "apis": {
               "GetCursor": {"path": "/logstores/{logstore}/shards/{shardId}?type=cursor", "methods": ["get"],
                 "security": [{"\(security)": []}],
                 "parameters": [\(host ? hostParameter : "")
                   {"name": "logstore", "in": "path", "schema": {"type": "string", "required": true}},
                   {"name": "shardId", "in": "path", "schema": {"type": "integer", "required": true}}]}
             }}
            """
        return try SpecReader.read(bytes: Array(spec.utf8), path: "gateway.json")
    }

    @Test("Log Service's ROA metadata is read as SLS, saying why; its project stays a host parameter")
    func sls() throws {
        let result = try Self.read(product: "Sls", style: "ROA", security: "AK")
        #expect(result.service.style == .sls)
        #expect(
            result.diagnostics.contains { $0.message.contains("info.style says ROA") && $0.message.contains("SLS") })
        let operation = try #require(result.service.operations.first)
        #expect(operation.parameters.first?.placement == .host)
        #expect(!result.diagnostics.contains { $0.message.contains("sends it nowhere") })
    }

    @Test("an answer of a media type that is no document (protobuf, octet-stream) and no schema is bytes; JSON is not")
    func bytesAnswers() throws {
        func operation(produces: String) throws -> OperationSpec {
            let spec = """
                {"info": {"product": "Sls", "version": "2020-12-30", "style": "ROA"},
                 "apis": {"PullLogs": {"path": "/logstores/{logstore}/shards/{shard}?type=log", "methods": ["get"],
                   "produces": [\(produces)],
                   "parameters": [
                     {"name": "logstore", "in": "path", "schema": {"type": "string", "required": true}},
                     {"name": "shard", "in": "path", "schema": {"type": "integer", "required": true}}]}}}
                """
            return try #require(try SpecReader.read(bytes: Array(spec.utf8), path: "sls.json").service.operations.first)
        }
        #expect(try operation(produces: #""application/x-protobuf""#).response.isRawBody == true)
        #expect(try operation(produces: #""application/octet-stream""#).response.isRawBody == true)
        #expect(try operation(produces: #""application/x-protobuf", "application/json""#).response.isRawBody != true)
        #expect(try operation(produces: "").response.isRawBody != true)
    }

    @Test("another product's ROA metadata stays ROA, and its host parameter is reported as sent nowhere")
    func otherProduct() throws {
        let result = try Self.read(product: "Cs", style: "ROA", security: "AK")
        #expect(result.service.style == .roa)
        #expect(result.diagnostics.contains { $0.message.contains("sends it nowhere") })
    }

    @Test(
        "AliGenie's security schemes add the optional access-token header; AK adds nothing",
        arguments: [("AliGenie_Auth_SPI", true), ("AliGenie_Auth_Token", true), ("AK", false)])
    func aliGenie(scheme: String, adds: Bool) throws {
        let result = try Self.read(product: "AliGenie", style: "AliGenie", security: scheme, host: false)
        let parameters = try #require(result.service.operations.first).parameters
        let token = parameters.first { $0.name == "x-acs-aligenie-access-token" }
        #expect((token != nil) == adds)
        #expect(token.map { $0.placement == .header && !$0.required } ?? true)
        #expect(result.service.style == .aliGenie && result.service.style.isPerOperation)
    }
}
