import SpecIR

/// What a reader produced: the IR and the warnings met on the way.
public struct ReadResult: Sendable, Equatable {
    /// The service read.
    public var service: ServiceSpec
    /// Warnings, each located; errors are thrown instead.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(service: ServiceSpec, diagnostics: [Diagnostic] = []) {
        self.service = service
        self.diagnostics = diagnostics
    }
}
