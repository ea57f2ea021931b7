/// The generated command-line client: the root command and shared runtime glue.
struct CommandRootViewModel: Sendable {
    var header: HeaderViewModel
    /// `import` lines, sorted as swift-format wants them.
    var imports: [String]
    var commandNameLiteral: String
    var typeName: String
    var module: String
    var client: String
    var productLiteral: String
    var abstractLiteral: String
    var subcommandsLiteral: String
}

/// One subcommand: one operation, one option per parameter.
struct CommandOperationViewModel: Sendable {
    /// How an option's value reaches the request.
    struct Option: Sendable {
        /// The stored property of the command.
        var property: String
        /// The property's declaration type: `String?`, `[String]`, `Int?`.
        var type: String
        /// `--image-name`.
        var longName: String
        /// The `@Option(…)` attribute, one line per argument, indented.
        var attributeLines: [String]
        /// Whether the option repeats (a list); such options default to empty.
        var isList: Bool
    }

    /// One argument of the request's initialiser.
    struct Argument: Sendable {
        var label: String
        var expression: String
        var isLast: Bool
        var isRequired: Bool
    }

    var header: HeaderViewModel
    var imports: [String]
    var module: String
    var typeName: String
    var commandNameLiteral: String
    var abstractLiteral: String
    var discussionLiteral: String
    var client: String
    var method: String
    var request: String
    var error: String
    var options: [Option]
    var arguments: [Argument]
    var hasArguments: Bool
    /// The expression giving the region when `--region` is absent: the request's `RegionId`, or nil.
    var regionFallback: String
    /// Lines run before the request is built (objects assembled from their members' options).
    var statements: [String]
}
