/// Where a rule is written, what the server answers when it is broken, and whether it can go stale;
/// generated code passes one with every check.
public struct DocumentedRule: Sendable, Equatable, Hashable {
    /// The documentation's sentence, verbatim.
    public var documentation: String
    /// The documented error code, if one applies.
    public var errorCode: String?
    /// Whether the rule can go stale; ``RuleTrust/volatile`` unless the generator knows otherwise, so that an
    /// unclassified rule never blocks a call in the default mode.
    public var trust: RuleTrust

    /// Creates a rule reference.
    public init(_ documentation: String, errorCode: String? = nil, trust: RuleTrust = .volatile) {
        self.documentation = documentation
        self.errorCode = errorCode
        self.trust = trust
    }
}
