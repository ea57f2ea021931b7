/// A request breaks documented rules; nothing was sent.
///
/// Lists every violation at once, so that a caller can fix them all in one go.
public struct RequestValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation whose request was checked.
    public var operation: String
    /// Every broken rule, in the order of the request's parameters.
    public var violations: [ValidationViolation]

    /// Creates the error.
    public init(operation: String, violations: [ValidationViolation]) {
        self.operation = operation
        self.violations = violations
    }

    /// One line per violation.
    public var description: String {
        (["\(operation): the request breaks \(violations.count) documented rule(s):"]
            + violations.map { "  - \($0)" }).joined(separator: "\n")
    }
}
