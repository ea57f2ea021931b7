import Logging

/// How a client checks requests against their documented rules: the mode, and where it logs the rules a
/// request breaks but that do not block it.
///
/// Generated client methods call ``check(_:operation:mode:)`` before sending and
/// ``serviceAccepted(_:)`` after a success.
public struct ValidationPolicy: Sendable {
    /// What a broken rule does; a call's ``CallOptions/validation`` overrides it.
    public var mode: ValidationMode
    /// Receives a warning per broken rule that was let through, per undocumented enum value sent, and per
    /// rule the service proved wrong by accepting the request.
    public var logger: Logger

    /// Creates a policy; by default ``ValidationMode/default`` with a logger labelled `aliyun.validation`.
    public init(mode: ValidationMode = .default, logger: Logger = Logger(label: "aliyun.validation")) {
        self.mode = mode
        self.logger = logger
    }

    /// Checks `request` in `mode` (this policy's mode when nil).
    ///
    /// - Returns: What was let through: broken rules that do not block in this mode (each logged as a
    ///   warning), and undocumented values of open enums (logged in ``ValidationMode/warn``).
    /// - Throws: ``RequestValidationError`` listing every broken rule when one of them blocks in this mode;
    ///   nothing is sent then.
    public func check(
        _ request: some ValidatableValue, operation: String, mode override: ValidationMode? = nil
    ) throws(RequestValidationError) -> ValidationReport {
        let mode = override ?? mode
        guard mode.checks else { return ValidationReport(operation: operation, mode: mode) }
        var validator = RequestValidator()
        request.validate(into: &validator, prefix: "")
        if validator.violations.contains(where: { mode.blocks($0.trust) }) {
            throw RequestValidationError(operation: operation, violations: validator.violations)
        }
        let report = ValidationReport(
            operation: operation, mode: mode, letThrough: validator.violations,
            undocumentedValues: validator.undocumentedValues)
        for violation in report.letThrough {
            logger.warning(
                "\(operation): sending a request that breaks a documented rule: \(violation)",
                metadata: metadata(operation, violation))
        }
        // A value the documentation does not list yet is the caller's explicit choice: said only in `.warn`.
        for value in report.undocumentedValues where mode == .warn {
            logger.warning(
                "\(operation): \(value.path): \"\(value.value)\" is not a documented value; it is sent verbatim",
                metadata: ["operation": "\(operation)", "path": "\(value.path)"])
        }
        return report
    }

    /// Reports the rules a successful call broke: the service accepted the request, so each rule, or the
    /// documentation sentence it came from, is wrong or stale; in ``ValidationMode/warn``, also each
    /// undocumented value it accepted.
    public func serviceAccepted(_ report: ValidationReport) {
        for violation in report.letThrough {
            let text =
                "\(report.operation): the service accepted a request that breaks the documented \(violation.rule) rule"
                + " of \(violation.path) (\(violation.message)), so the rule is wrong or stale: \"\(violation.documentation)\"."
                + " Validation mode \(report.mode.rawValue) let it through; where a mode blocks it, pass"
                + " `options: CallOptions(validation: .warn)` to such a call."
            logger.warning("\(text)", metadata: metadata(report.operation, violation))
        }
        for value in report.undocumentedValues where report.mode == .warn {
            let text =
                "\(report.operation): the service accepted \"\(value.value)\" for \(value.path), which the documentation"
                + " does not list: its list of values is stale"
            logger.warning("\(text)", metadata: ["operation": "\(report.operation)", "path": "\(value.path)"])
        }
    }

    private func metadata(_ operation: String, _ violation: ValidationViolation) -> Logger.Metadata {
        [
            "operation": "\(operation)", "path": "\(violation.path)", "rule": "\(violation.rule)",
            "trust": "\(violation.trust.rawValue)",
        ]
    }
}
