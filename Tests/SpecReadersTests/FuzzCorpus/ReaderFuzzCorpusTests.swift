import Foundation
import SpecIR
import SpecReaders
import Testing

/// The inputs libFuzzer grew against the readers (`bash Fuzz/run.sh --merge`), replayed: each is read, or
/// refused with an error located in it; none crashes or hangs.
@Suite("Readers replay the fuzzing corpus")
struct ReaderFuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-corpus")

    static func inputs(_ harness: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(
            at: corpus.appendingPathComponent(harness), includingPropertiesForKeys: nil
        ).sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Reads the bytes; a refusal must name the input.
    static func replay(_ bytes: [UInt8], path: String) {
        do throws(DiagnosticError) {
            _ = try SpecReader.read(bytes: bytes, path: path)
        } catch {
            #expect(error.diagnostic.location.file == path, "\(error)")
        }
    }

    @Test(
        "every grown input of each harness reads or is refused with a located error", .timeLimit(.minutes(5)),
        arguments: ["html", "apidocs", "prose"])
    func replayCorpus(_ harness: String) throws {
        let inputs = try Self.inputs(harness)
        #expect(inputs.count >= 10, "the corpus of \(harness) is committed")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            switch harness {
            case "html": Self.replay(bytes, path: "fuzz.html")
            case "apidocs": Self.replay(bytes, path: "fuzz.json")
            default: Self.replay(ProseDocument.wrapping(bytes), path: "fuzz.json")
            }
        }
    }
}
