import Foundation
import SpecDiff
import SpecIR
import SpecReaders
import Testing

/// The real upstream drift of ECS between the two snapshots of the shared corpus: mid-2024 (347 operations) and
/// 2025-12 (356 operations; a trimmed copy that keeps no descriptions, answers or error tables).
@Suite("ECS drift")
struct ECSDriftTests {
    /// The corpus beside the repository: four levels above this file (Tests/SpecDiffTests/ECSDriftTests.swift).
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let oldPath = corpus.appendingPathComponent("alibaba-cloud/ecs/2014-05-26/api-docs.json").path
    static let newPath = corpus.appendingPathComponent("alibaba-cloud-2025-12/ecs/2014-05-26/api-docs.json").path

    static let specs = Result { () throws -> (old: ServiceSpec, new: ServiceSpec) in
        (try SpecReader.read(path: oldPath).service, try SpecReader.read(path: newPath).service)
    }

    static func report() throws -> SpecChangeReport {
        let specs = try specs.get()
        return SpecChangeReport.compare(old: specs.old, new: specs.new)
    }

    /// The operation names of an api-docs file, read as plain JSON.
    static func operationNames(_ path: String) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        let apis = try #require((object as? [String: Any])?["apis"] as? [String: Any])
        return Set(apis.keys)
    }

    private func change(_ kind: SpecChange.Kind, _ operation: String, _ subject: String? = nil) throws -> SpecChange {
        try #require(
            try Self.report().changes.first { $0.kind == kind && $0.operation == operation && $0.subject == subject })
    }

    @Test("the report is the same, byte for byte, from specs read afresh")
    func deterministic() throws {
        let first = try Self.report()
        let again = SpecChangeReport.compare(
            old: try SpecReader.read(path: Self.oldPath).service, new: try SpecReader.read(path: Self.newPath).service)
        #expect(first.text == again.text)
        #expect(first.json() == again.json())
        #expect(first.changes == first.changes.sorted())
    }

    @Test("operations added and removed are those of the two files' sets of names")
    func operations() throws {
        let report = try Self.report()
        let oldNames = try Self.operationNames(Self.oldPath)
        let newNames = try Self.operationNames(Self.newPath)
        let added = report.changes.filter { $0.kind == .operationAdded }.map(\.operation)
        let removed = report.changes.filter { $0.kind == .operationRemoved }.map(\.operation)
        #expect(Set(added) == newNames.subtracting(oldNames))
        #expect(Set(removed) == oldNames.subtracting(newNames))
        #expect((added.count, removed.count) == (23, 14))
        #expect(report.text.hasPrefix("Ecs 2014-05-26 → 2014-05-26: 23 operations added, 14 removed, "))
        #expect(try change(.operationAdded, "CreatePortRangeList").isBreaking == false)
        #expect(try change(.operationRemoved, "CreateDemand").isBreaking)
    }

    @Test("compared the other way, what was added is removed")
    func reversed() throws {
        let specs = try Self.specs.get()
        let forward = try Self.report()
        let backward = SpecChangeReport.compare(old: specs.new, new: specs.old)
        let added = Set(forward.changes.filter { $0.kind == .operationAdded }.map(\.operation))
        #expect(Set(backward.changes.filter { $0.kind == .operationRemoved }.map(\.operation)) == added)
    }

    @Test("TagResources's Tag.Key and Tag.Value became required: breaking")
    func madeRequired() throws {
        let key = try change(.parameterMadeRequired, "TagResources", "Tag.Key")
        #expect(key.isBreaking)
        #expect(try Self.report().text.contains("  BREAKING TagResources: parameter Tag.Key is now required"))
        #expect(try change(.parameterMadeRequired, "TagResources", "Tag.Value").isBreaking)
    }

    @Test("CreateImagePipeline's BaseImage became optional: compatible")
    func madeOptional() throws {
        #expect(try change(.parameterMadeOptional, "CreateImagePipeline", "BaseImage").isBreaking == false)
    }

    @Test("bounds moved: CreateDisk's Size may be larger; ModifyNetworkInterfaceAttribute takes fewer security groups")
    func bounds() throws {
        let size = try change(.ruleLoosened, "CreateDisk", "Size")
        #expect(size.summary == "parameter Size: value at most 131072 (was 65536)")
        let groups = try change(.ruleTightened, "ModifyNetworkInterfaceAttribute", "SecurityGroupId")
        #expect(groups.isBreaking == false)
        #expect(groups.summary.hasPrefix("parameter SecurityGroupId: number of elements at most 51 (was 100)"))
    }

    @Test("a member added deep in a list of objects: AuthorizeSecurityGroup's Permissions.PortRangeListId")
    func nestedAdded() throws {
        let added = try change(.parameterAdded, "AuthorizeSecurityGroup", "Permissions.PortRangeListId")
        #expect(added.summary == "optional parameter Permissions.PortRangeListId added")
    }

    @Test("the trimmed snapshot documents no answers and no errors: those all read as removed")
    func trimmed() throws {
        let report = try Self.report()
        let specs = try Self.specs.get()
        let kept = Set(specs.new.operations.map(\.name))
        let codes = specs.old.operations.filter { kept.contains($0.name) }.map { Set($0.errors.map(\.code)).count }
        #expect(report.changes.filter { $0.kind == .errorRemoved }.count == codes.reduce(0, +))
        #expect(report.changes.filter { $0.kind == .errorAdded }.isEmpty)
        #expect(try change(.responseFieldRemoved, "RunInstances", "InstanceIdSets").isBreaking)
    }
}
