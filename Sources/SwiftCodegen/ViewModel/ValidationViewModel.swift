/// The `validate()` of a request or nested value.
struct ValidationViewModel: Sendable {
    /// One statement block of the validation body.
    struct Check: Sendable {
        /// Lines of Swift, already indented relative to the function body.
        var lines: [String]
    }

    /// A documented rule the checks refer to by name.
    struct Rule: Sendable {
        var name: String
        var documentationLiteral: String
        var errorCodeLiteral: String
    }

    var header: HeaderViewModel
    var access: String
    var qualifiedName: String
    var isRequest: Bool
    var operationLiteral: String
    var checks: [Check]
    var hasChecks: Bool
    var rules: [Rule]
    var hasRules: Bool
}
