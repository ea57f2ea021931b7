/// One API action: what it takes, what it returns, which errors it documents.
public struct OperationSpec: Sendable, Equatable, Codable {
    /// Action name as sent on the wire, e.g. `ModifyImageAttribute`.
    public var name: String
    /// Short title, e.g. `修改自定义镜像属性`.
    public var title: String?
    /// One-paragraph summary.
    public var summary: String?
    /// RAM authorization rows, in source order.
    public var authorization: [Authorization]
    /// Accepted HTTP methods, upper-case, in source order.
    public var methods: [String]
    /// The request path of a ROA or OSS operation (`/clusters/{ClusterId}/attach`, `/{key}?uploads`: an OSS
    /// path's query names the operation's sub-resource); nil for RPC.
    public var path: String?
    /// The media types the operation accepts (`consumes`), in source order.
    public var consumes: [String] = []
    /// The security schemes the documentation accepts for the call, in source order (api-docs `security`:
    /// `AK`, `Anonymous`, `ARS_OIDC`, `BearerToken`, …); nil when the source does not say (documentation
    /// pages), which means the usual access-key signature.
    public var securitySchemes: [String]?
    /// Whether the documentation marks the whole operation as deprecated.
    public var deprecated: Bool
    /// The titles of the documentation's directories that list the operation, outermost first
    /// (`["实例", "实例属性"]`); empty when no directory lists it, or the input has none (HTML pages).
    public var group: [String]
    /// Request parameters in source order.
    public var parameters: [Field]
    /// The successful response.
    public var response: Response
    /// Documented error rows in source order; a code documented under two statuses has two rows.
    public var errors: [DocumentedError]
    /// Where the operation is defined.
    public var source: SourceLocation

    /// Creates an operation.
    public init(
        name: String,
        title: String? = nil,
        summary: String? = nil,
        authorization: [Authorization] = [],
        methods: [String] = [],
        securitySchemes: [String]? = nil,
        deprecated: Bool = false,
        group: [String] = [],
        parameters: [Field] = [],
        response: Response = Response(),
        errors: [DocumentedError] = [],
        source: SourceLocation
    ) {
        self.name = name
        self.title = title
        self.summary = summary
        self.authorization = authorization
        self.methods = methods
        self.securitySchemes = securitySchemes
        self.deprecated = deprecated
        self.group = group
        self.parameters = parameters
        self.response = response
        self.errors = errors
        self.source = source
    }
}

/// The successful response body.
public struct Response: Sendable, Equatable, Codable {
    /// Top-level fields of the response object, in source order.
    public var fields: [Field]
    /// The shared type (``ServiceSpec/sharedTypes``) the answer is, when its schema is a `$ref`;
    /// ``fields`` is then empty.
    public var reference: String?
    /// The documentation's example of a successful answer, as JSON text, when it gives one.
    public var example: String?
    /// The name of the XML document's root element whose children ``fields`` are (OSS's
    /// `ListBucketResult`); nil for a JSON answer, or one without a body.
    public var xmlRoot: String?
    /// Whether the answer's body is raw bytes (`format: binary`: an object's content), streamed to the caller
    /// rather than decoded; ``fields`` then hold only the answer's headers.
    public var isRawBody: Bool?

    /// Creates a response.
    public init(fields: [Field] = [], example: String? = nil) {
        self.fields = fields
        self.example = example
    }
}
