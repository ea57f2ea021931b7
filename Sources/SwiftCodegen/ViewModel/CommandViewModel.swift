import TemplateRendering

/// The command-line client's root command.
struct CommandRootViewModel: TemplateContext {
    var commandNameLiteral: String
    var typeName: String
    var abstractLiteral: String
    var subcommands: ListLiteralViewModel
}

/// One subcommand: one operation, one option per parameter.
struct CommandOperationViewModel: TemplateContext {
    /// One `@Option`.
    struct Option: TemplateContext {
        /// The stored property of the command.
        var property: String
        /// The parsed type: `String`, `Int`, …; a list option holds an array of it.
        var type: String
        var isList: Bool
        /// `"image-name"`.
        var longNameLiteral: String
        var abstractLiteral: String
        var discussionLiteral: String
    }

    /// One argument of the request's initialiser, computed into a local first.
    struct Argument: TemplateContext {
        var label: String
        var local: String
        /// How the value is read from its option(s).
        var source: Source
        var isRequired: Bool
        var wireLiteral: String
        /// The options that give the value, for the message when a required one is missing.
        var optionsLiteral: String
        var errorCodeLiteral: String
        /// For a ROA body member the `--body` document may give: its key, as a literal.
        var bodyKeyLiteral: String? = nil
        /// The member's qualified Swift type, which the `--body` document's member decodes to.
        var memberType = ""

        /// The source's members are the argument's as well.
        func encodeComputedMembers(to encoder: any Encoder) throws {
            try encoder.encodeMembers(of: source)
        }
    }

    /// Where an argument's value comes from.
    struct Source: TemplateContext {
        /// The option's property.
        var option: String
        var isScalar: Bool
        var isList: Bool
        var isJSON: Bool
        /// Whether values are open enums, built from their raw value.
        var isOpenEnum: Bool
        /// For JSON: the qualified Swift type decoded; for objects: the nested type.
        var type: String
        /// `"--tag"`, for JSON error messages.
        var longNameLiteral: String
        /// For objects assembled from one option per member.
        var members: [ObjectMember]
        var isObject: Bool
    }

    /// A member of an object assembled from options.
    struct ObjectMember: TemplateContext {
        var label: String
        var option: String
        var isOpenEnum: Bool
    }

    var typeName: String
    var commandNameLiteral: String
    var abstractLiteral: String
    var discussionLiteral: String
    var client: String
    var method: String
    var request: String
    var operationLiteral: String
    var options: [Option]
    var arguments: [Argument]
    /// The initialiser's arguments: required ones first.
    var initArguments: [Argument] { requiredArguments + arguments.filter { !$0.isRequired } }
    var requiredArguments: [Argument] { arguments.filter(\.isRequired) }
    /// The local giving the region when `--region` is absent (the request's region parameter); nil if none.
    var regionLocal: String?
    /// The `--body` document's option: property and long name literal; nil when the operation has none.
    var bodyDocument: BodyDocument? = nil
    /// `--pager` of a paged operation; nil for others.
    var pager: Pager? = nil
    /// Whether the command has `--waiter` (operations that only read).
    var hasWaiter = false

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(initArguments, forKey: "initArguments")
        try members.encode(requiredArguments, forKey: "requiredArguments")
        try members.encode(pager != nil || hasWaiter, forKey: "returnsJSON")
    }

    struct Pager: TemplateContext {
        var pagesMethod: String
        /// The list's wire path, a Swift array literal; `[]` when the list is ambiguous.
        var listPathLiteral: String
        /// The next-page token's wire name, a literal, or `nil`.
        var tokenKeyLiteral: String
    }

    struct BodyDocument: TemplateContext {
        var local: String
        var option: String
        var longNameLiteral: String
    }
}
