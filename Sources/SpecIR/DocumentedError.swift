/// One row of an operation's error-code table.
public struct DocumentedError: Sendable, Equatable, Hashable, Codable {
    /// HTTP status, or nil when the documentation files the row under a key that is not one
    /// (the ECS corpus has `4003`; see ``declaredStatus``).
    public var httpStatus: Int?
    /// The status key exactly as documented when it is not a valid HTTP status.
    public var declaredStatus: String?
    /// Error code, verbatim, typos included.
    public var code: String
    /// The error message the server sends.
    public var message: String
    /// The documentation's explanation; empty when none.
    public var description: String
    /// Where the row is.
    public var source: SourceLocation

    /// Creates an error row.
    public init(
        httpStatus: Int?,
        declaredStatus: String? = nil,
        code: String,
        message: String,
        description: String,
        source: SourceLocation
    ) {
        self.httpStatus = httpStatus
        self.declaredStatus = declaredStatus
        self.code = code
        self.message = message
        self.description = description
        self.source = source
    }
}
