import AliyunRuntime

/// An error a server answers with: the status, code and message the client receives. The gateway's own
/// refusals are static members (`ServedError+Gateway.swift`); a handler throws one for any code (see
/// `documented(_:in:fallbackStatus:message:)`), or the operation's generated error type.
public struct ServedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status.
    public var status: Int
    /// The error code.
    public var code: String
    /// The message.
    public var message: String

    /// Creates an error.
    public init(status: Int, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// `status code: message`.
    public var description: String { "\(status) \(code): \(message)" }

    /// The documented row of `code` in the operation's error table (its status and message): the one with
    /// `status` when the code is documented under several statuses, else the first; `fallbackStatus` and
    /// `message` when the table does not list the code.
    public static func documented<Failure: DocumentedOperationError>(
        _ code: String, in failure: Failure.Type, status: Int? = nil, fallbackStatus: Int = 400, message: String
    ) -> ServedError {
        let rows = Failure.documentedRows.filter { $0.code.rawValue == code }
        guard let row = rows.first(where: { status == nil || $0.httpStatus == status }) ?? rows.first else {
            return ServedError(status: fallbackStatus, code: code, message: message)
        }
        return ServedError(status: row.httpStatus ?? fallbackStatus, code: code, message: row.message)
    }
}
