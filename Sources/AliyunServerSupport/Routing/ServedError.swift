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
        documented(
            code, rows: Failure.rowsByCodeName, status: status, fallbackStatus: fallbackStatus, message: message)
    }

    /// The same over an error table's rows (a generated type's, or a spec's read at run time).
    public static func documented(
        _ code: String, rows: [DocumentedErrorRow<String>], status: Int? = nil, fallbackStatus: Int = 400,
        message: String
    ) -> ServedError {
        let rows = rows.filter { $0.code == code }
        guard let row = rows.first(where: { status == nil || $0.httpStatus == status }) ?? rows.first else {
            return ServedError(status: fallbackStatus, code: code, message: message)
        }
        return ServedError(status: row.httpStatus ?? fallbackStatus, code: code, message: row.message)
    }

    /// What the service answers a request that breaks documented rules: for the first violation `mode` refuses,
    /// its documented code with the row of the error table (``documented(_:rows:status:fallbackStatus:message:)``),
    /// or `InvalidParameter` for a rule without a code; nil when the mode refuses none. The rows are read only then.
    public static func refusal(
        of violations: [ValidationViolation], mode: ValidationMode,
        rows: @autoclosure () -> [DocumentedErrorRow<String>]
    ) -> ServedError? {
        guard let violation = violations.first(where: { mode.blocks($0.trust) }) else { return nil }
        guard let code = violation.serverErrorCode else { return .invalidParameter(message: violation.message) }
        return .documented(code, rows: rows(), message: violation.message)
    }
}

extension DocumentedOperationError {
    /// The error table's rows with their codes as text.
    static var rowsByCodeName: [DocumentedErrorRow<String>] {
        documentedRows.map {
            DocumentedErrorRow(httpStatus: $0.httpStatus, code: $0.code.rawValue, message: $0.message)
        }
    }
}
