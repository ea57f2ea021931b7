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

    /// Creates a violation.
    public init(path: String, rule: String, message: String, documentation: String, serverErrorCode: String?) {
        self.path = path
        self.rule = rule
        self.message = message
        self.documentation = documentation
        self.serverErrorCode = serverErrorCode
    }

    /// `path: message (server error code) — documentation`.
    public var description: String {
        let code = serverErrorCode.map { " [\($0)]" } ?? ""
        return "\(path): \(message)\(code) — \(documentation)"
    }
}
