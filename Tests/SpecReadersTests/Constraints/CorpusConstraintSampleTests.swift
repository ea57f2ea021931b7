import Foundation
import SpecIR
import Testing

@testable import SpecReaders

/// 50 hand-checked parameters of the real corpus: each yields exactly its documented prose constraints.
@Suite("Corpus constraint sample")
struct CorpusConstraintSampleTests {
    struct Sample: Decodable {
        struct Parent: Decodable {
            var path: String
            var constraints: [ConstraintRule]
        }

        var operation: String
        var parameter: String
        var constraints: [ConstraintRule]
        var defaultValue: String?
        var parent: Parent?
    }

    struct SampleFile: Decodable {
        var parameters: [Sample]
    }

    static let samples: [Sample] = {
        guard let data = FileManager.default.contents(atPath: Paths.fixture("corpus-constraint-sample.json")),
            let file = try? JSONDecoder().decode(SampleFile.self, from: data)
        else { return [] }
        return file.parameters
    }()

    static let corpus = Result { try SpecReader.read(path: Paths.corpus).service }

    /// A field by dotted path; a top-level name may itself hold dots (`SystemDisk.PerformanceLevel`).
    static func field(_ path: String, in operation: OperationSpec) -> Field? {
        if let direct = operation.parameters.first(where: { $0.name == path }) { return direct }
        var fields = operation.parameters
        var found: Field?
        for part in path.split(separator: ".") {
            found = fields.first { $0.name == part }
            fields = found.map { $0.children.isEmpty ? ($0.item?.value.children ?? []) : $0.children } ?? []
        }
        return found
    }

    static func proseRules(_ field: Field) -> [ConstraintRule] {
        field.constraints.filter { $0.provenance.origin == .prose }.map(\.rule)
    }

    @Test("the fixture holds 50 parameters")
    func size() {
        #expect(Self.samples.count == 50)
    }

    @Test("each sampled parameter yields exactly its expected constraints", arguments: samples.indices)
    func sample(index: Int) throws {
        let sample = Self.samples[index]
        let service = try Self.corpus.get()
        let operation = try #require(service.operations.first { $0.name == sample.operation })
        let field = try #require(Self.field(sample.parameter, in: operation), "\(sample.parameter)")
        #expect(Set(Self.proseRules(field)) == Set(sample.constraints), "\(sample.operation).\(sample.parameter)")
        if let expectedDefault = sample.defaultValue {
            #expect(field.defaultValue == expectedDefault)
        }
        if let parent = sample.parent {
            let list = try #require(Self.field(parent.path, in: operation))
            #expect(Set(Self.proseRules(list)) == Set(parent.constraints), "\(sample.operation).\(parent.path)")
        }
    }

    @Test("coverage of rule-like sentences on the whole corpus stays at or above 95 %")
    func coverage() throws {
        let verdicts = try SpecReader.read(path: Paths.corpus).verdicts
        let recognised = verdicts.filter(\.outcome.isRecognised).count
        #expect(verdicts.count > 2_500)
        #expect(Double(recognised) / Double(verdicts.count) >= 0.95)
    }
}
