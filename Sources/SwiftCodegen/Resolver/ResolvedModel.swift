import SpecIR

/// A service with every name, Swift type and optionality decided: what every translator reads.
struct ResolvedService: Sendable {
    var spec: ServiceSpec
    /// `ECSClient`.
    var clientName: String
    /// The server side's handler protocol: `ECSHandler` for `ECSClient`.
    var handlerName: String {
        ServiceResolver.prefix(ofClient: clientName) + "Handler"
    }
    var operations: [ResolvedOperation]
    /// The shared types (`components.schemas`), one top-level struct each, in source order.
    var sharedTypes: [ResolvedStruct] = []
    /// How the shared types are named, and the references typed as JSON to break a cycle.
    var sharedNames = SharedTypeNames()
    /// The error rows every operation documents alike, declared once; nil when there are none.
    var commonErrors: ResolvedCommonErrors?
    /// The documentation's headings and the operations under each, every operation exactly once.
    var operationGroups: [ResolvedOperationGroup]
    /// The command-line client's root command type, e.g. `AliyunEcsCommand`.
    var commandRootTypeName: String
}

/// A heading of the module's documentation and the operations it lists, in source order.
struct ResolvedOperationGroup: Sendable {
    /// Directory titles, outermost first (`["实例", "实例属性"]`), or the one title of a fallback group.
    var path: [String]
    var operations: [ResolvedOperation]
}

/// One operation's types and names.
struct ResolvedOperation: Sendable {
    var spec: OperationSpec
    /// `modifyImageAttribute`.
    var methodName: String
    var request: ResolvedStruct
    var response: ResolvedStruct
    /// `ModifyImageAttributeError`.
    var errorTypeName: String
    /// One member per distinct documented code, in documentation order, but for the codes of
    /// ``commonErrors``.
    var errorCodes: [ResolvedErrorCode]
    var command: ResolvedCommand
    /// Whether failures after sending may be retried, and how.
    var retrySafety: RetrySafety
    /// Whether the call is signed with the caller's access key or sent unsigned.
    var signing: RequestSigning
    /// How the operation pages its results; nil when it does not (``Pagination``).
    var pagination: Pagination? = nil
    /// The ready-made waiter on the answer's status; nil when the answer shows none (``StatusWaiter``).
    var statusWaiter: StatusWaiter? = nil
    /// The service's common error rows, which the operation's error type conforms to; nil when none.
    var commonErrors: ResolvedCommonErrors? = nil
    /// The service's style, which decides the runtime the operation calls through.
    var style = ServiceStyle.rpc
    /// The operation's raw body (OSS's PutObject bytes, an image OCR reads), a parameter of the client method beside
    /// the request; nil when it sends none.
    var rawBody: Field? = nil

    /// Whether the operation is sent through the OSS runtime.
    var isOSS: Bool { style == .oss }
    /// Whether the call goes unsigned: an anonymous operation of a style whose runtime sends one so (the OSS
    /// runtime signs every call).
    var isSentUnsigned: Bool { signing == .anonymous && !isOSS }
    /// Whether the answer's body is an object's bytes, handed to the caller as they arrive.
    var streamsAnswer: Bool { isOSS && spec.response.isRawBody == true }
    /// Whether the answer is bytes handed over as they arrive with the status and headers (`RawAnswerStream`), for
    /// the other styles (Function Compute's InvokeFunction).
    var returnsRawAnswer: Bool { !isOSS && spec.response.isRawBody == true }

    /// The method's name in a DocC symbol link, without a keyword's backquotes: `modifyImageAttribute`.
    var methodSymbolName: String { SwiftIdentifier.bare(methodName) }
    /// The paged operation's methods: `describeImagesPages`, `describeImagesItems`.
    var pagesMethodName: String { methodSymbolName + "Pages" }
    var itemsMethodName: String { methodSymbolName + "Items" }
}

/// A documented error code and its `Code` member.
struct ResolvedErrorCode: Sendable {
    var code: String
    var memberName: String
}

/// A generated struct: a request, a response, or an object nested in one.
struct ResolvedStruct: Sendable {
    /// `shared`: a type of `components.schemas`, used in requests and answers alike, so it both
    /// encodes (query and JSON) and decodes leniently, and every member is optional.
    enum Role: Sendable { case request, response, shared }

    var name: TypeName
    var role: Role
    /// The field a nested struct stands for; nil for a top-level request or response.
    var field: Field?
    var members: [ResolvedMember]
    /// Types nested in this one, in the order their members come.
    var nested: [ResolvedDeclaration]
}

/// A type nested in a generated struct.
enum ResolvedDeclaration: Sendable {
    case structure(ResolvedStruct)
    case openEnum(ResolvedEnum)
}

/// A stored property of a generated struct.
struct ResolvedMember: Sendable {
    var field: Field
    /// `imageName`, backquoted when a keyword.
    var property: String
    /// The name as an argument label, where keywords need no backquotes.
    var label: String
    var type: SwiftType
    /// Whether the property is optional: every response member, and request members not required.
    var isOptional: Bool
    /// How the member travels in the query; nil for response members.
    var coding: QueryCoding?
}

/// An open enum of a field's documented values.
struct ResolvedEnum: Sendable {
    struct Case: Sendable {
        var name: String
        var value: AllowedValue
    }

    var name: TypeName
    /// The field whose values these are (for a list, its element).
    var field: Field
    var cases: [Case]
    /// The case carrying other values: `undocumented`, or a variant when a value takes that name.
    var otherCase: String
}
