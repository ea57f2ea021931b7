import AliyunRuntime
import Foundation

/// Calls every operation of a generated module against an emulator serving its spec, and counts the answers: what
/// the whole-API tests run (`Scripts/whole-ecs.sh`, `Scripts/whole-cs.sh`).
public enum EmulatorProbe {
    /// The counts of one run: ``CorpusProbe/Figures``.
    public typealias Figures = CorpusProbe.Figures

    /// Starts an emulator over `spec` (every rule off, so the smallest requests pass), calls every operation once,
    /// stops it.
    ///
    /// - Parameters:
    ///   - spec: The spec the module was generated from.
    ///   - operations: The module's descriptors (`Client.operations`).
    /// - Returns: The counts.
    /// - Throws: When the spec cannot be read or the emulator cannot start.
    public static func run(spec: String, operations: [OperationDescriptor]) async throws -> Figures {
        let catalog = try ProductCatalog.load(corpus: nil, specs: [spec])
        guard let product = catalog.products.first else {
            var figures = Figures()
            figures.problems = ["\(spec): not served"]
            return figures
        }
        let session = try await ProbeSession.start(catalog)
        let (emulator, caller) = (session.emulator, session.caller)
        var figures = Figures()
        for descriptor in operations {
            figures.operations += 1
            switch await OperationProbe.call(descriptor, of: product, caller: caller) {
            case .answered:
                figures.answered += 1
            case .serviceError(let code, _) where product.isExpectedRefusal(code, of: descriptor.action):
                figures.notFound += 1
            case .serviceError(let code, let status):
                figures.problems.append("\(descriptor.action): \(code) (HTTP \(status))")
            case .failed(let reason):
                figures.problems.append("\(descriptor.action): \(reason)")
            }
        }
        await emulator.stop()
        return figures
    }
}
