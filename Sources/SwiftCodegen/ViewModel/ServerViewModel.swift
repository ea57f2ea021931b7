import TemplateRendering

/// The server side of a module: the handler protocol, its defaults and its router.
struct ServerHandlerViewModel: TemplateContext {
    var access: String
    /// `ECSHandler`.
    var name: String
    /// `ECSClient`, for documentation.
    var client: String
    var productLiteral: String
    var versionLiteral: String
    var operations: [Operation]

    /// A line of an example; blank lines carry no indentation.
    struct Line: TemplateContext {
        var text: String

        func encodeComputedMembers(to encoder: any Encoder) throws {
            var members = encoder.container(keyedBy: TemplateKey.self)
            try members.encode(text.isEmpty, forKey: "blank")
        }
    }

    /// One operation's handler method.
    struct Operation: TemplateContext {
        var method: String
        var request: String
        var response: String
        var error: String
        var actionLiteral: String
        /// The documented example's lines, for a raw multi-line literal; empty when there is none.
        var exampleLines: [Line]
        /// `#` repeated as often as the example needs so that no line ends the literal.
        var rawDelimiter: String
        /// The protocol requirement's, the default's and the router call's layouts.
        var requirementLayout: CallLayout
        var defaultLayout: CallLayout
        /// Whether the action is served unsigned (``RequestSigning``).
        var isAnonymous: Bool
        /// The `in: header` parameters' names, as a list literal; nil when there are none.
        var headerParameters: ListLiteralViewModel?
        var handleLayout: CallLayout

        func encodeComputedMembers(to encoder: any Encoder) throws {
            var members = encoder.container(keyedBy: TemplateKey.self)
            try members.encode(!exampleLines.isEmpty, forKey: "hasExample")
        }
    }
}
