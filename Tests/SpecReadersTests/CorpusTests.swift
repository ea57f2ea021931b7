import SpecIR
import Testing

@testable import SpecReaders

/// The real ECS metadata (347 operations, mid-2024) reads completely, traps and all.
@Suite("The real ECS corpus")
struct CorpusTests {
    static let result = Result { try SpecReader.read(path: Paths.corpus) }

    @Test("every operation yields IR")
    func counts() throws {
        let result = try Self.result.get()
        #expect(result.service.product == "Ecs")
        #expect(result.service.version == "2014-05-26")
        #expect(result.service.operations.count == 347)
        #expect(Set(result.service.operations.map(\.name)).count == 347)
        // 2,766 parameter entries, of which 100 repeat a name already listed in their operation.
        #expect(result.service.operations.reduce(0) { $0 + $1.parameters.count } == 2_666)
        #expect(result.service.endpoints.count == 35)
        #expect(result.service.endpoints.first { $0.regionId == "cn-hangzhou" }?.host == "ecs-cn-hangzhou.aliyuncs.com")
        #expect(result.service.operations.allSatisfy { $0.source.line == 1 && ($0.source.column ?? 0) > 1 })
    }

    @Test("each trap is a located warning")
    func traps() throws {
        let diagnostics = try Self.result.get().diagnostics
        #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.location.column != nil })
        let messages = diagnostics.map(\.message)
        #expect(messages.filter { $0.contains("is listed again") }.count == 100)
        #expect(messages.filter { $0.contains("differ only in case") }.count == 28)
        #expect(messages.filter { $0.contains("\"4003\" is not an HTTP status") }.count == 1)
        #expect(messages.filter { $0.contains("docRequired") }.count == 4)
        #expect(messages.filter { $0.contains("but the schema (at") }.count == 65)
        #expect(messages.filter { $0.contains("lists the values") && $0.contains("but the schema (at") }.count == 3)
        #expect(messages.filter { $0.contains("but the schema's enum") }.count == 2)
        #expect(messages.filter { $0.contains("the description says count at most 20 (") }.count == 1)
        #expect(messages.filter { $0.contains("the documented example") }.count == 4)
        #expect(diagnostics.count == 205)
    }

    @Test("RunInstances.Tag: the schema's 71 is checked, the description's 20 kept as documentation")
    func runInstancesTag() throws {
        let operation = try #require(try Self.result.get().service.operations.first { $0.name == "RunInstances" })
        let tag = try #require(operation.parameters.first { $0.name == "Tag" })
        #expect(tag.constraints.filter(\.enforced).map(\.rule) == [.count(min: nil, max: 71)])
        let prose = try #require(tag.constraints.first { $0.provenance.origin == .prose })
        #expect(prose.rule == .count(min: nil, max: 20))
        #expect(!prose.enforced)
        #expect(prose.trust == .volatile)
    }

    @Test("CreateInstance.SpotDuration: the listed 1 and 0 are documentation, the range 0 to 6 is checked")
    func spotDuration() throws {
        let operation = try #require(try Self.result.get().service.operations.first { $0.name == "CreateInstance" })
        let duration = try #require(operation.parameters.first { $0.name == "SpotDuration" })
        #expect(duration.constraints.filter(\.enforced).map(\.rule) == [.range(min: "0", max: "6")])
        #expect(duration.constraints.first { $0.rule.kind == "allowedValues" }?.enforced == false)
    }

    @Test("a count the server enforces by ignoring the excess is documented, not enforced")
    func ignoredExcess() throws {
        let operation = try #require(
            try Self.result.get().service.operations.first { $0.name == "ModifyImageSharePermission" })
        let add = try #require(operation.parameters.first { $0.name == "AddAccount" })
        let count = try #require(add.constraints.first { $0.rule.kind == "count" && $0.provenance.origin == .prose })
        #expect(count.rule == .count(min: nil, max: 10))
        #expect(!count.enforced)
        #expect(count.note?.contains("ignores the excess") == true)
    }

    @Test("depth-4 request nesting and the 4003 rows survive")
    func structure() throws {
        let operations = try Self.result.get().service.operations
        func depth(_ field: Field) -> Int {
            1 + max(field.children.map(depth).max() ?? 0, field.item.map { depth($0.value) } ?? 0)
        }
        #expect(operations.flatMap(\.parameters).map(depth).max() == 4)
        let eni = try #require(operations.first { $0.name == "DescribeEniMonitorData" })
        #expect(eni.errors.contains { $0.declaredStatus == "4003" && $0.httpStatus == nil })
        let images = try #require(operations.first { $0.name == "ModifyImageAttribute" })
        #expect(images.parameters.count == 9)
        #expect(images.errors.count == 14)
    }
}
