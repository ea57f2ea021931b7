import Foundation
import ResourceInference
import SpecIR
import SpecReaders
import Testing

/// The corpus-wide figures. Reading all 263 specs takes longer than a unit test should, so the test runs only
/// when `RESOURCE_INFERENCE_CORPUS` names a file to write the per-product figures and the totals to.
@Suite("Figures over the whole corpus")
struct CorpusFiguresTests {
    static let output = ProcessInfo.processInfo.environment["RESOURCE_INFERENCE_CORPUS"]

    @Test(.enabled(if: output != nil)) func figures() throws {
        var total: ExplainReport.Figures?
        var lines: [String] = []
        for path in Corpus.allSpecPaths() {
            guard let service = try? SpecReader.read(path: path).service else {
                lines.append("\(path): unreadable")
                continue
            }
            let figures = ExplainReport.Figures(ResourceInference.infer(service))
            lines.append("\(service.product) \(service.version): \(figures.summary)")
            total = total.map { $0 + figures } ?? figures
        }
        let summary = total.map { "total: \($0.summary)" } ?? "total: none"
        try ((lines + [summary]).joined(separator: "\n") + "\n").write(
            toFile: Self.output ?? "/dev/null", atomically: false, encoding: .utf8)
        #expect(total != nil)
    }
}
