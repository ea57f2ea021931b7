/// The typed error of one operation: a service error whose code the operation documents (or not).
///
/// Generated error types conform; their `Code` values are static members, so a `switch` over them
/// needs a `default` and a code added to the spec later never breaks it.
public protocol OperationError: Error, Sendable, CustomStringConvertible {
    /// Wraps a decoded service error.
    init(_ serviceError: ServiceError)
    /// The service error, with every field the server sent.
    var serviceError: ServiceError { get }
    /// Whether the operation's documentation lists this code (under this HTTP status).
    var isDocumented: Bool { get }
}

extension OperationError {
    /// `code (HTTP status): message [request id]`.
    public var description: String { serviceError.description }
}
