import SpecIR
import Testing

@testable import SpecReaders

@Suite("api-docs reader")
struct APIDocsReaderTests {
    func read(_ json: String) throws -> ReadResult {
        try SpecReader.read(bytes: Array(json.utf8), path: "api.json")
    }

    func document(parameters: String = "[]", extra: String = "") -> String {
        """
        {"info": {"product": "Ecs", "version": "2014-05-26", "style": "RPC"},
         "apis": {"Op": {"methods": ["post"], "parameters": \(parameters)\(extra)}}}
        """
    }

    @Test("a style not asked for is read up to its info and endpoints: no operation is read, broken or not")
    func styleNotAskedFor() throws {
        let json = """
            {"info": {"product": "Oss", "version": "2019-05-17", "style": "OSS"},
             "endpoints": [{"regionId": "cn-hangzhou", "endpoint": "oss-cn-hangzhou.aliyuncs.com"}],
             "apis": {"Op": {"parameters": [{"name": "A", "in": "query", "schema": {"type": "strin"}}]}}}
            """
        #expect(throws: DiagnosticError.self) { try read(json) }
        let result = try SpecReader.read(
            bytes: Array(json.utf8), path: "api.json", readingOperationsOf: ["RPC", "ROA"])
        #expect(result.service.product == "Oss")
        #expect(result.service.style == "OSS")
        #expect(result.service.styleSource?.line == 1)
        #expect(result.service.endpoints.map(\.host) == ["oss-cn-hangzhou.aliyuncs.com"])
        #expect(result.service.operations.isEmpty)
        let rpc = try SpecReader.read(bytes: Array(document().utf8), path: "api.json", readingOperationsOf: ["RPC"])
        #expect(rpc.service.operations.map(\.name) == ["Op"])
    }

    @Test("types and formats")
    func types() throws {
        let json = document(
            parameters: """
                [{"name": "A", "in": "query", "schema": {"type": "integer", "format": "int32"}},
                 {"name": "B", "in": "query", "schema": {"type": "integer", "format": "int64"}},
                 {"name": "C", "in": "query", "schema": {"type": "number", "format": "float"}},
                 {"name": "D", "in": "query", "schema": {"type": "number", "format": "double"}},
                 {"name": "E", "in": "query", "style": "json", "schema": {"type": "object"}},
                 {"name": "F", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}]
                """)
        let parameters = try #require(try read(json).service.operations.first?.parameters)
        #expect(parameters.map(\.type) == [.integer, .long, .float, .double, .object, .array])
        #expect(parameters.map(\.style) == [nil, nil, nil, nil, .json, .repeatList])
        #expect(parameters[5].item?.value.type == .string)
    }

    @Test("limits, enum merged with prose values, enum titles and structured defaults")
    func schemaFacts() throws {
        let json = document(
            parameters: """
                [{"name": "P", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": "100",
                  "default": 10, "enum": ["60", "600", "x"], "maxItems": 3,
                  "description": "周期。取值范围：\\n\\n- 600：十分钟。"}},
                 {"name": "S", "in": "query", "schema": {"type": "string", "maxLength": 64, "minLength": 2,
                  "pattern": "^[a-z]+$", "enumValueTitles": {"a": "甲", "b": "乙"}}}]
                """)
        let result = try read(json)
        let parameters = try #require(result.service.operations.first?.parameters)
        var limits = parameters[0].limits
        #expect(limits.keyLocations["maxItems"] == SourceLocation(file: "api.json", line: 3, column: 46))
        limits.keyLocations = [:]
        #expect(limits == SchemaLimits(minimum: "1", maximum: "100", maxItems: 3))
        #expect(parameters[0].defaultValue == "10")
        #expect(parameters[0].allowedValues.map(\.value) == ["600", "60", "x"])
        #expect(parameters[0].allowedValues[0].description == "十分钟。")
        #expect(
            result.diagnostics.map(\.message) == [
                "\"P\": the description (at 4:18) lists the values 600 but the schema's enum (at 3:26) lists 60, 600,"
                    + " x; a value either lists passes",
                "enum value \"x\" of integer \"P\" is not an integer",
                "Op.P: the description (at 4:18) lists the values 600, 60, x but the schema (at 2:113) says range 1 to"
                    + " 100; the value \"600\" breaks it, so it is kept as documentation only",
                "Op.S: the schema (at 6:26) lists the values a, b but the schema (at 5:77) says length 2 to 64; the value"
                    + " \"a\" breaks it, so only length 1 to 64 is checked",
            ])
        limits = parameters[1].limits
        limits.keyLocations = [:]
        #expect(limits == SchemaLimits(minLength: 2, maxLength: 64, pattern: "^[a-z]+$"))
        #expect(
            parameters[1].allowedValues == [
                AllowedValue(value: "a", description: "甲"), AllowedValue(value: "b", description: "乙"),
            ])
    }

    @Test("the corpus's traps become located warnings with a documented resolution")
    func traps() throws {
        let json = """
            {"info": {"product": "Ecs", "version": "2014-05-26", "style": "RPC"},
             "apis": {"Op": {"parameters": [
                {"name": "RegionId", "in": "query", "schema": {"type": "string", "required": true}},
                {"name": "Tag", "in": "query", "style": "repeatList", "schema": {"type": "array", "items": {
                    "type": "object", "properties": {"key": {"type": "string"}, "Key": {"type": "string"}}}}},
                {"name": "RegionId", "in": "query", "schema": {"type": "string", "required": false}}
              ],
              "responses": {"200": {"schema": {"properties": {"A": {"type": "string"}}}}},
              "errorCodes": {"4003": [{"errorCode": "X", "errorMessage": "m"}]}}}}
            """
        let result = try read(json)
        let operation = try #require(result.service.operations.first)
        #expect(operation.parameters.map(\.name) == ["RegionId", "Tag"])
        #expect(operation.parameters[0].required)
        #expect(operation.parameters[1].item?.value.children.map(\.name) == ["key", "Key"])
        #expect(operation.errors.first?.httpStatus == nil)
        #expect(operation.errors.first?.declaredStatus == "4003")
        #expect(operation.response.fields.map(\.name) == ["A"])
        let messages = result.diagnostics.map(\.description)
        let expected = [
            "api.json:8:17: warning: schema of \"\" has no type; read as object",
            "api.json:9:18: warning: error-code key \"4003\" is not an HTTP status; its rows are kept without one",
            "api.json:5:69: warning: \"Op.Tag.N.Key\" and \"key\" (at 5:42) differ only in case;"
                + " both are kept as distinct wire names",
            "api.json:6:5: warning: \"Op.RegionId\" is listed again (first at 3:5) with a different definition;"
                + " the first is kept",
        ]
        #expect(messages.sorted() == expected.sorted())
    }

    @Test("markdown links, endpoints and ramActions")
    func serviceLevel() throws {
        let json = """
            {"info": {"product": "Ecs", "version": "v"}, "endpoints": [
              {"regionId": "cn-hangzhou", "endpoint": "ecs-cn-hangzhou.aliyuncs.com"},
              {"regionId": "cn-hangzhou", "endpoint": "dup"}],
             "ramActions": [{"apiName": "Op", "operationType": "get", "ramAction": {"action": "ecs:Op",
               "resources": [{"validationType": "always", "resourceType": "Image", "arn": "acs:ecs:*"}]}}],
             "apis": {"Op": {"summary": "见[文档](~~123~~)。", "parameters": []},
                      "Other": {"systemTags": {"operationType": "list"}, "parameters": []}}}
            """
        let result = try read(json)
        #expect(result.service.endpoints == [Endpoint(regionId: "cn-hangzhou", host: "ecs-cn-hangzhou.aliyuncs.com")])
        #expect(result.service.style == "RPC")
        let operations = result.service.operations
        #expect(operations.map(\.name) == ["Op", "Other"])
        #expect(operations[0].summary == "见文档。")
        #expect(
            operations[0].authorization.first?.resourceTypes == [
                ResourceType(name: "Image", required: true, arn: "acs:ecs:*")
            ])
        #expect(operations[1].authorization == [Authorization(action: "ecs:Other", accessLevel: "list")])
        #expect(result.diagnostics.count == 1)
    }
}
