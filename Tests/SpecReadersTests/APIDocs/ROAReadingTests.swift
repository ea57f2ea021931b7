import SpecIR
import SpecReaders
import Testing

/// ROA metadata: paths, body parameters, `$ref`s into `components.schemas`, and answers that are
/// not objects, read by the documented rules.
@Suite("api-docs: ROA operations")
struct ROAReadingTests {
    static func read(apis: String, components: String = "{}", style: String = "ROA") throws -> ReadResult {
        let json = """
            {
              "info": {"style": "\(style)", "product": "CS", "version": "2015-12-15"},
              "components": {"schemas": \(components)},
              "apis": \(apis)
            }
            """
        return try SpecReader.read(bytes: Array(json.utf8), path: "roa.json")
    }

    static let tag =
        #"{"tag": {"type": "object", "properties": {"key": {"type": "string"}, "value": {"type": "string"}}}}"#

    @Test("the path, the methods and consumes are kept; a body object's properties become body members")
    func bodyMembers() throws {
        let result = try Self.read(
            apis: """
                {"AttachInstances": {
                  "path": "/clusters/{ClusterId}/attach", "methods": ["post"], "consumes": ["application/json"],
                  "parameters": [
                    {"name": "ClusterId", "in": "path", "schema": {"type": "string", "required": true}},
                    {"name": "body", "in": "body", "schema": {"type": "object", "properties": {
                      "instances": {"type": "array", "items": {"type": "string"}, "required": true},
                      "tags": {"type": "array", "items": {"$ref": "#/components/schemas/tag"}}}}}]}}
                """, components: Self.tag)
        let operation = try #require(result.service.operations.first)
        #expect(operation.path == "/clusters/{ClusterId}/attach")
        #expect(operation.methods == ["POST"])
        #expect(operation.consumes == ["application/json"])
        #expect(operation.parameters.map(\.name) == ["ClusterId", "instances", "tags"])
        #expect(operation.parameters.map(\.placement) == ["path", "body", "body"])
        #expect(operation.parameters[1].required)
        #expect(operation.parameters[2].item?.value.reference == "tag")
        #expect(result.service.sharedTypes.map(\.name) == ["tag"])
        #expect(result.service.sharedTypes.first?.children.map(\.name) == ["key", "value"])
    }

    @Test("a body parameter that is a list, a shared type or a string is the whole body")
    func wholeBody() throws {
        for schema in [
            ##"{"type": "array", "items": {"$ref": "#/components/schemas/tag"}}"##,
            ##"{"$ref": "#/components/schemas/tag"}"##, ##"{"type": "string"}"##,
        ] {
            let result = try Self.read(
                apis: """
                    {"Put": {"path": "/tags", "methods": ["put"],
                      "parameters": [{"name": "body", "in": "body", "schema": \(schema)}]}}
                    """, components: Self.tag)
            let parameter = try #require(result.service.operations.first?.parameters.first)
            #expect(parameter.placement == "payload", "\(schema)")
            #expect(parameter.name == "body")
        }
    }

    @Test("body parameters other than a lone body are members of the body object under their own names")
    func namedBodyParameters() throws {
        let result = try Self.read(
            apis: """
                {"Put": {"path": "/x", "methods": ["put"], "parameters": [
                  {"name": "Name", "in": "body", "schema": {"type": "string"}},
                  {"name": "Spec", "in": "body", "schema": {"type": "object", "properties": {"a": {"type": "string"}}}}]}}
                """)
        let parameters = try #require(result.service.operations.first?.parameters)
        #expect(parameters.map(\.name) == ["Name", "Spec"])
        #expect(parameters.map(\.placement) == ["body", "body"])
    }

    @Test("a $ref answer names its shared type; a list answer becomes one body member")
    func answers() throws {
        let result = try Self.read(
            apis: """
                {"Get": {"path": "/t", "methods": ["get"], "parameters": [],
                   "responses": {"200": {"schema": {"$ref": "#/components/schemas/tag"}}}},
                 "List": {"path": "/ts", "methods": ["get"], "parameters": [],
                   "responses": {"200": {"schema": {"type": "array", "items": {"type": "string"}}}}}}
                """, components: Self.tag)
        let get = try #require(result.service.operations.first { $0.name == "Get" })
        #expect(get.response.reference == "tag")
        #expect(get.response.fields.isEmpty)
        let list = try #require(result.service.operations.first { $0.name == "List" })
        #expect(list.response.fields.map(\.name) == ["body"])
        #expect(list.response.fields.first?.placement == "payload")
        #expect(list.response.fields.first?.type == .array)
    }

    @Test("a $ref to no schema is read as any JSON value, with a located warning")
    func danglingReference() throws {
        let result = try Self.read(
            apis: """
                {"Get": {"path": "/t", "methods": ["get"], "parameters": [
                  {"name": "body", "in": "body", "schema": {"$ref": "#/components/schemas/missing"}}]}}
                """)
        #expect(result.service.operations.first?.parameters.first?.type == .any)
        #expect(
            result.diagnostics.contains {
                $0.message.contains("#/components/schemas/missing, which is not a schema of components.schemas")
                    && $0.location.file == "roa.json" && $0.location.line > 0
            })
    }

    @Test("a path parameter written [name] is read as {name}; a placeholder no parameter fills is reported")
    func pathPlaceholders() throws {
        let result = try Self.read(
            apis: """
                {"A": {"path": "/instances/[instanceId]/x/{other}", "methods": ["get"], "parameters": [
                  {"name": "instanceId", "in": "path", "schema": {"type": "string", "required": true}}]}}
                """)
        #expect(result.service.operations.first?.path == "/instances/{instanceId}/x/{other}")
        #expect(result.diagnostics.contains { $0.message.contains("as [instanceId]; it is read as {instanceId}") })
        #expect(result.diagnostics.contains { $0.message.contains("names {other}, which no path parameter fills") })
    }

    @Test("a body member and a path parameter of one name are both kept (CS CreateTrigger's cluster_id)")
    func samePathAndBodyName() throws {
        let result = try Self.read(
            apis: """
                {"CreateTrigger": {"path": "/clusters/{cluster_id}/triggers", "methods": ["post"], "parameters": [
                  {"name": "body", "in": "body", "schema": {"type": "object", "properties": {
                    "cluster_id": {"type": "string"}, "type": {"type": "string"}}}},
                  {"name": "cluster_id", "in": "path", "schema": {"type": "string", "required": true}}]}}
                """)
        let parameters = try #require(result.service.operations.first?.parameters)
        #expect(parameters.map(\.name) == ["cluster_id", "type", "cluster_id"])
        #expect(parameters.map(\.place) == [.bodyMember, .bodyMember, .path])
        #expect(!result.diagnostics.contains { $0.message.contains("is listed again") })
    }

    @Test("an RPC spec's operations keep no path")
    func rpcHasNoPath() throws {
        let result = try Self.read(
            apis: #"{"A": {"path": "/x", "methods": ["post"], "parameters": []}}"#, style: "RPC")
        #expect(result.service.operations.first?.path == nil)
    }
}
