import AliyunEmulator
import Foundation
import Testing

/// A sample of the 2024 corpus, every operation called once against the emulator (the whole corpus:
/// `aliyun-emulator --corpus DIR --probe`, figures in the README).
@Suite("aliyun-emulator: every operation of a sample of the corpus answers a signed call")
struct CorpusProbeTests {
    /// Every 12th product directory, by name, and the products the round trips use.
    static let sample: [String] = {
        let all = ((try? FileManager.default.contentsOfDirectory(atPath: EmulatorHarness.corpus)) ?? []).sorted()
        let sampled = all.enumerated().filter { $0.offset % 12 == 0 }.map(\.element)
        return Array(Set(sampled + ["ecs", "vpc", "cs", "sts"])).sorted()
    }()

    @Test("a success of the documented shape, or the resource's NotFound code, for every operation sampled")
    func sampledCorpus() async throws {
        #expect(Self.sample.count >= 20)
        let catalog = try ProductCatalog.load(corpus: EmulatorHarness.corpus, products: Self.sample)
        let results = try await CorpusProbe.run(catalog)
        let total = results.map(\.figures).reduce(CorpusProbe.Figures(), +)
        #expect(total.problems.isEmpty, "\(total.problems.joined(separator: "\n"))")
        #expect(total.operations >= 1_500, "\(total.summary)")
        #expect(total.answered >= total.operations * 8 / 10, "\(total.summary)")
        print("sampled corpus (\(results.count) product versions) against aliyun-emulator: \(total.summary)")
    }
}
