import AliyunRuntime

/// The required parameters a command line left out, reported like every other broken rule.
///
/// A required parameter never takes a default on the command line: the subcommand reports each one
/// missing (exit 2, nothing sent), with `--no-validate` too, since the request cannot be built without it.
public enum RequiredOptions {
    /// One required parameter and whether its option was given.
    public struct Requirement: Sendable {
        /// The parameter's wire path, e.g. `RegionId`.
        public var path: String
        /// The option or options that give it, e.g. `--region-id`.
        public var options: String
        /// The error code the server answers with when the parameter is missing, if documented.
        public var errorCode: String?
        /// Whether the command line left it out.
        public var isMissing: Bool

        /// Creates a requirement.
        public init(path: String, options: String, errorCode: String? = nil, isMissing: Bool) {
            self.path = path
            self.options = options
            self.errorCode = errorCode
            self.isMissing = isMissing
        }
    }

    /// The error listing every missing parameter.
    ///
    /// - Parameters:
    ///   - operation: The operation's name.
    ///   - requirements: Every required parameter of the operation, in order.
    /// - Returns: A `RequestValidationError` with one `required` violation per missing parameter.
    public static func missing(operation: String, _ requirements: [Requirement]) -> RequestValidationError {
        RequestValidationError(
            operation: operation,
            violations: requirements.filter(\.isMissing).map { requirement in
                ValidationViolation(
                    path: requirement.path, rule: "required", message: "is required (give \(requirement.options))",
                    documentation: "The parameter is required.", serverErrorCode: requirement.errorCode,
                    trust: .stable)
            },
            hint: nil)
    }
}
