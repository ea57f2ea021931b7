import TemplateRendering

/// The service client.
struct ClientViewModel: TemplateContext {
    var access: String
    var name: String
    var productLiteral: String
    var versionLiteral: String
    var docLines: [String]
    /// The region → host dictionary.
    var endpoints: ListLiteralViewModel
    var validationMode: String
    /// The `RequestGateway` type the client calls through (``StyleRuntime/gateway``); nil for the common gateway.
    var gateway: String?
}

/// One client method.
struct ClientMethodViewModel: TemplateContext {
    var access: String
    var client: String
    var method: String
    var request: String
    var response: String
    var error: String
    var actionLiteral: String
    var docLines: [String]
    /// `true` or `false`: whether the call may be retried after it was sent.
    var isIdempotent: String
    /// The request's `ClientToken` property, filled before sending when empty; nil when there is none.
    var clientTokenProperty: String?
    /// Whether the call is sent unsigned, with no credentials asked for.
    var isAnonymous: Bool
    /// The top-level parameters sent in a form body, laid out as a list literal; nil when there are none.
    var formParameters: ListLiteralViewModel?
    /// An RPC operation's parameters sent as HTTP headers (`in: header`), as a list literal; nil when there are
    /// none, and for ROA, whose request encodes its headers itself.
    var headerParameters: ListLiteralViewModel?
    /// A ROA operation's method and path template; nil for RPC.
    var roa: ROATarget?
    /// Whether the operation sends a raw body (`format: binary`), a parameter beside the request.
    var hasRawBody = false

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(CallLayout.validationCheck(actionLiteral: actionLiteral), forKey: "checkLayout")
    }

    struct ROATarget: TemplateContext {
        var methodLiteral: String
        var pathLiteral: String
    }
}

/// The catalogue of a module's operations.
struct ClientOperationsViewModel: TemplateContext {
    var access: String
    var client: String
    /// Each operation's action literal and request and response types.
    var operations: [Entry]

    /// One operation of the catalogue.
    struct Entry: TemplateContext {
        var actionLiteral: String
        var request: String
        var response: String
    }
}

/// One client method of an OSS module (`client-method-oss.mustache`).
struct OSSClientMethodViewModel: TemplateContext {
    /// The raw body parameter of an operation that sends an object's bytes.
    struct RawBody: TemplateContext {
        /// Whether the body must be given (no `.empty` default).
        var isRequired: Bool
    }

    var access: String
    var client: String
    var method: String
    var request: String
    var response: String
    var error: String
    var actionLiteral: String
    var docLines: [String]
    var methodLiteral: String
    /// The path template, its query naming the sub-resource: `"/{key}?uploads"`.
    var pathLiteral: String
    var rawBody: RawBody?
    /// Whether the answer is an object's bytes, returned as `OSSDownload`.
    var streamsAnswer: Bool
    /// The response's header members, JSON key → header name, as a dictionary literal; nil when none.
    var responseHeaders: ListLiteralViewModel?
    /// `true` or `false`.
    var isIdempotent: String

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(CallLayout.validationCheck(actionLiteral: actionLiteral), forKey: "checkLayout")
    }
}

extension CallLayout {
    /// The layout of a client method's `let report = try validation.check(request, operation: …, mode: …)` line,
    /// which every style's method template writes.
    static func validationCheck(actionLiteral: String) -> CallLayout {
        CallLayout(
            head: "let report = try validation.check(",
            arguments: ["request", "operation: " + actionLiteral, "mode: options.validation"], tail: "", indent: 8)
    }
}
