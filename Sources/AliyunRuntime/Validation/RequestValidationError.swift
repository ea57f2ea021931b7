/// A request breaks documented rules; nothing was sent.
///
/// Lists every violation at once, so that a caller can fix them all in one go.
public struct RequestValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation whose request was checked.
    public var operation: String
    /// Every broken rule, in the order of the request's parameters.
    public var violations: [ValidationViolation]

    /// How to send the request anyway if the service does accept it; nil when there is no way (a
    /// command-line option without which no request can be built).
    public var hint: String?

    /// Creates the error; `hint` says how to get past the checks for one call.
    public init(operation: String, violations: [ValidationViolation], hint: String? = Self.bypass) {
        self.operation = operation
        self.violations = violations
        self.hint = hint
    }

    /// One line per violation, then how to send the request anyway when the documentation is wrong.
    public var description: String {
        (["\(operation): the request breaks \(violations.count) documented rule(s):"]
            + violations.map { "  - \($0)" } + (hint.map { [$0] } ?? [])).joined(separator: "\n")
    }

    /// How to get past a rule that the service does not in fact enforce, for one call.
    public static let bypass =
        "If the service accepts such a request, the rule or its documentation is wrong or stale: to send this"
        + " call anyway, pass `options: CallOptions(validation: .warn)` (the rules are logged, the request is sent)"
        + " or `CallOptions(validation: .off)`."
}
