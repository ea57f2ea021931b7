import SpecIR
import Testing

@testable import SwiftCodegen

/// `components.schemas`: one module-level type per component, named once, never shadowed, and
/// cycles broken by a documented rule.
@Suite("Shared types")
struct SharedTypesTests {
    static let here = SourceLocation(file: "spec.json", line: 1)

    static func reference(_ name: String, to target: String, list: Bool = false) -> Field {
        var field = Field(name: name, type: .object, source: here)
        field.reference = target
        guard list else { return field }
        return Field(name: name, type: .array, item: field, source: here)
    }

    static func service() -> ServiceSpec {
        var service = ServiceSpec(product: "DataLake", version: "2020-07-10", style: "ROA")
        service.sharedTypes = [
            Field(
                name: "Table", type: .object,
                children: [
                    Field(name: "name", type: .string, source: here), reference("version", to: "TableVersion"),
                    reference("children", to: "Table", list: true),
                ], source: here),
            Field(name: "TableVersion", type: .object, children: [reference("table", to: "Table")], source: here),
            Field(
                name: "GetTable", type: .object, children: [Field(name: "x", type: .string, source: here)], source: here
            ),
        ]
        var operation = OperationSpec(name: "GetTable", methods: ["GET"], source: here)
        operation.path = "/tables/{name}"
        operation.parameters = [
            Field(name: "name", type: .string, placement: "path", required: true, source: here),
            reference("table", to: "Table"),
        ]
        operation.parameters[1].placement = "body"
        operation.response.reference = "TableVersion"
        service.operations = [operation]
        return service
    }

    static func render() throws -> Generator.Output {
        try Generator.render(
            service(), options: GenerationOptions(moduleName: "AliyunDataLake"), sources: ["spec.json"],
            templates: .embedded)
    }

    @Test("one file per component under Shared/; a component named like an operation keeps its name, its file differs")
    func names() throws {
        let output = try Self.render()
        let shared = output.files.map(\.path).filter { $0.hasPrefix("Shared/") }
        #expect(shared == ["Shared/GetTable+Shared.swift", "Shared/Table.swift", "Shared/TableVersion.swift"])
        let component = try #require(output.files.first { $0.path == "Shared/GetTable+Shared.swift" }?.contents)
        #expect(component.contains("public struct GetTable: SchemaModel"))
        let operation = try #require(output.files.first { $0.path == "GetTable.swift" }?.contents)
        #expect(operation.contains("public var table: Table?"))
        // An answer that is a shared type has its members.
        #expect(operation.contains("public var table: JSONValue?") == false)
    }

    @Test("a cycle without a list between is broken at the reference that points back; lists keep their type")
    func cycles() throws {
        let output = try Self.render()
        let table = try #require(output.files.first { $0.path == "Shared/Table.swift" }?.contents)
        #expect(table.contains("public var version: TableVersion?"))
        #expect(table.contains("public var children: [Table]?"))
        let version = try #require(output.files.first { $0.path == "Shared/TableVersion.swift" }?.contents)
        #expect(version.contains("public var table: JSONValue?"))
        let warnings = output.diagnostics.filter { $0.message.hasPrefix("shared type ") }
        #expect(
            warnings.map(\.message) == [
                "shared type TableVersion holds Table, which leads back to TableVersion: a Swift value type cannot "
                    + "contain itself, so that member is typed as any JSON value"
            ])
    }

    @Test("a shared type both encodes and decodes leniently, and validates")
    func conformances() throws {
        let output = try Self.render()
        let table = try #require(output.files.first { $0.path == "Shared/Table.swift" }?.contents)
        // SchemaModel: JSON and RPC query coding from the table; answers' types read leniently.
        #expect(table.contains("public struct Table: SchemaModel, RPCQueryCodable {"))
        #expect(table.contains("public static let schema = ModelSchema<Self>(\n        .lenient,"))
        #expect(table.contains("extension Table: ValidatableValue"))
    }
}

/// Components that are not objects with properties, names a module type must not take, and a path
/// parameter and a body member of one name.
@Suite("Shared types: inline components and name clashes")
struct InlineComponentTests {
    static let here = SourceLocation(file: "spec.json", line: 1)

    static func reference(_ name: String, to target: String) -> Field {
        var field = Field(name: name, type: .object, source: here)
        field.reference = target
        return field
    }

    static func render() throws -> Generator.Output {
        var service = ServiceSpec(product: "Sample", version: "2024-01-01", style: "ROA")
        var selfList = Field(name: "Loop", type: .array, source: here)
        selfList.item = Indirect(reference("", to: "Loop"))
        service.sharedTypes = [
            Field(name: "ListString", type: .array, item: Field(name: "", type: .string, source: here), source: here),
            Field(name: "FlinkConf", type: .object, source: here),
            Field(
                name: "Phase", type: .string,
                allowedValues: [AllowedValue(value: "Ready"), AllowedValue(value: "Failed")], source: here),
            selfList,
            Field(
                name: "Task", type: .object, children: [Field(name: "id", type: .string, source: here)], source: here),
        ]
        var operation = OperationSpec(name: "Put", methods: ["PUT"], source: here)
        operation.path = "/clusters/{cluster_id}"
        var body = reference("conf", to: "FlinkConf")
        body.placement = "body"
        var names = reference("names", to: "ListString")
        names.placement = "body"
        var phase = reference("phase", to: "Phase")
        phase.placement = "body"
        var loop = reference("loop", to: "Loop")
        loop.placement = "body"
        var task = reference("task", to: "Task")
        task.placement = "body"
        operation.parameters = [
            Field(name: "cluster_id", type: .string, placement: "body", source: here),
            Field(name: "cluster_id", type: .string, placement: "path", required: true, source: here),
            body, names, phase, loop, task,
        ]
        service.operations = [operation]
        return try Generator.render(
            service, options: GenerationOptions(moduleName: "AliyunSample"), sources: ["spec.json"],
            templates: .embedded)
    }

    @Test("a list, a scalar enum and an object without properties are typed in place, with no struct of their own")
    func inline() throws {
        let output = try Self.render()
        let request = try #require(output.files.first { $0.path == "Put.swift" }?.contents)
        #expect(request.contains("public var names: [String]?"))
        #expect(request.contains("public var conf: JSONValue?"))
        #expect(request.contains("public var phase: Phase?"))
        #expect(request.contains("public enum Phase: OpenEnum"))
        // A component that is a list of itself cannot be expanded for ever: JSON past the first level.
        #expect(request.contains("public var loop: [JSONValue]?"))
        let shared = output.files.map(\.path).filter { $0.hasPrefix("Shared/") }
        #expect(shared == ["Shared/Task2.swift"], "Task would shadow Swift's Task for every importer")
    }

    @Test("a path parameter and a body member of one name are both kept, each sent where it goes")
    func samePathAndBodyName() throws {
        let output = try Self.render()
        let request = try #require(output.files.first { $0.path == "Put.swift" }?.contents)
        #expect(request.contains(#"encoder.encodePath(clusterId2, forKey: "cluster_id")"#))
        #expect(request.contains(#"try encoder.encodeBodyMember(clusterId, forKey: "cluster_id")"#))
        #expect(request.contains(#".requiredUnqueried("cluster_id", \.clusterId2, jsonKey: "path/cluster_id"),"#))
    }
}
