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

/// An operation error whose documentation lists its codes.
///
/// Generated error types conform: they provide `Code` (a string wrapper with one static member per
/// documented code) and the documented rows; the rest comes from here.
public protocol DocumentedOperationError: OperationError, Hashable {
    /// The operation's error code type.
    associatedtype Code: RawRepresentable<String> & Hashable & Sendable
    /// Every documented row, in the documentation's order; a code under two statuses has two rows.
    static var documentedRows: [DocumentedErrorRow<Code>] { get }
    /// The code the server sent.
    var code: Code { get }
}

extension DocumentedOperationError {
    /// Whether both carry the same service error.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.serviceError == rhs.serviceError }

    /// Hashes the service error.
    public func hash(into hasher: inout Hasher) { hasher.combine(serviceError) }

    /// The hash of ``hash(into:)``, written once here rather than synthesized for every type.
    public var hashValue: Int { Hashing.value(of: self) }

    /// Whether the documentation lists this code under this HTTP status.
    public var isDocumented: Bool {
        Self.documentedRows.contains { $0.code == code && $0.httpStatus == serviceError.httpStatus }
    }
}

/// A documented row of an operation's error table.
public struct DocumentedErrorRow<Code: Hashable & Sendable>: Sendable, Hashable {
    /// The HTTP status the documentation gives, if it gives a valid one.
    public var httpStatus: Int?
    /// The code.
    public var code: Code
    /// The documented message.
    public var message: String

    /// Creates a row.
    public init(httpStatus: Int?, code: Code, message: String) {
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
    }
}
