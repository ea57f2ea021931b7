import SpecIR

/// What a reader produced: the IR and the warnings met on the way.
public struct ReadResult: Sendable, Equatable {
    /// The service read.
    public var service: ServiceSpec
    /// Warnings, each located; errors are thrown instead.
    public var diagnostics: [Diagnostic]
    /// What came of every description sentence that reads like a rule, in source order.
    public var verdicts: [SentenceVerdict]
    /// The paths of the overlays merged over the spec (``SpecOverlay``), in the order given.
    public var overlays: [String]

    /// Creates a result.
    public init(
        service: ServiceSpec, diagnostics: [Diagnostic] = [], verdicts: [SentenceVerdict] = [], overlays: [String] = []
    ) {
        self.service = service
        self.diagnostics = diagnostics
        self.verdicts = verdicts
        self.overlays = overlays
    }
}
