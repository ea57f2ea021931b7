/// One documented rule a request breaks.
public struct ValidationViolation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The parameter's wire path, e.g. `ImageName` or `Features.ImdsSupport`.
    public var path: String
    /// The rule's kind: `required`, `length`, `range`, `count`, `allowedValues`, `firstCharacter`,
    /// `allowedCharacters`, `forbiddenPrefixes`, `forbiddenSubstrings` or `pattern`.
    public var rule: String
    /// What is wrong, in English.
    public var message: String
    /// The documentation's sentence that states the rule.
    public var documentation: String
    /// The error code the server would answer with, when the documentation names one.
    public var serverErrorCode: String?
    /// Whether the broken rule can go stale (a quota) or not (an identifier's format).
    public var trust: RuleTrust

    /// Creates a violation.
    public init(
        path: String, rule: String, message: String, documentation: String, serverErrorCode: String?,
        trust: RuleTrust = .volatile
    ) {
        self.path = path
        self.rule = rule
        self.message = message
        self.documentation = documentation
        self.serverErrorCode = serverErrorCode
        self.trust = trust
    }

    /// `path: message [server error code] — documentation`, and `(may be stale)` for a rule that can go stale.
    public var description: String {
        let code = serverErrorCode.map { " [\($0)]" } ?? ""
        let stale = trust == .volatile ? " (a \(rule) rule, which may be stale)" : ""
        return "\(path): \(message)\(code)\(stale) — \(documentation)"
    }
}
