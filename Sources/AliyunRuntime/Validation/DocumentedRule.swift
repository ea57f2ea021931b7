/// Where a rule is written and what the server answers when it is broken; generated code passes one
/// with every check.
public struct DocumentedRule: Sendable, Equatable, Hashable {
    /// The documentation's sentence, verbatim.
    public var documentation: String
    /// The documented error code, if one applies.
    public var errorCode: String?

    /// Creates a rule reference.
    public init(_ documentation: String, errorCode: String? = nil) {
        self.documentation = documentation
        self.errorCode = errorCode
    }
}
