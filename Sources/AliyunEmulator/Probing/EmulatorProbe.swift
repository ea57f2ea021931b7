import AliyunRuntime
import Foundation
import ResourceInference

/// Calls every operation of a generated module against an emulator serving its spec, and counts the answers: what
/// the whole-API tests run (`Scripts/whole-ecs.sh`, `Scripts/whole-cs.sh`).
public enum EmulatorProbe {
    /// The counts of one run.
    public struct Figures: Sendable {
        /// Successes decoded by their response type.
        public var answered = 0
        /// Stateful operations on an identifier no create made, answered with the resource's NotFound code.
        public var notFound = 0
        /// What went wrong otherwise, one line per operation.
        public var problems: [String] = []

        /// `N answered, M NotFound, K problems`.
        public var summary: String { "\(answered) answered, \(notFound) NotFound, \(problems.count) problems" }
    }

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
        guard let product = catalog.products.first else { return Figures(problems: ["\(spec): not served"]) }
        let session = try await ProbeSession.start(catalog)
        let (emulator, caller) = (session.emulator, session.caller)
        var figures = Figures()
        for descriptor in operations {
            switch await OperationProbe.call(descriptor, of: product, caller: caller) {
            case .answered:
                figures.answered += 1
            case .serviceError(let code, let status):
                let placement = product.inferred.operation(descriptor.action)?.placement.stateful
                let resource = placement.flatMap { product.inferred.resource($0.kind) }
                if let resource, placement?.role != .create,
                    code == resource.notFoundCode ?? "\(resource.kind).NotFound"
                {
                    figures.notFound += 1
                } else {
                    figures.problems.append("\(descriptor.action): \(code) (HTTP \(status))")
                }
            case .failed(let reason):
                figures.problems.append("\(descriptor.action): \(reason)")
            }
        }
        await emulator.stop()
        return figures
    }
}
