import Foundation

/// A Function Compute function's own failure. InvokeFunction answers it with a success status: the header
/// `x-fc-error-type` (`UnhandledInvocationError` when the function threw, `HandledInvocationError` when it
/// reported the error itself) and a body `{"errorMessage", "errorType", "stackTrace"}` whose stack is a list or an
/// object as the runtime writes it. Read it from an answer with ``RawAnswer/functionError``, or throw it with
/// ``RawAnswer/throwingFunctionError()``.
public struct FunctionInvocationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The header's value: `UnhandledInvocationError`, `HandledInvocationError`, or another kind Function Compute
    /// adds.
    public var kind: String
    /// The exception's type the runtime reported (`Exception`, `TypeError`, …), when the body names one.
    public var errorType: String?
    /// The exception's message, when the body has one.
    public var message: String?
    /// The stack as the runtime wrote it (a list of frames, or an object), when the body has one.
    public var stackTrace: JSONValue?
    /// `x-fc-request-id`.
    public var requestId: String?
    /// The body as it came, for a runtime whose body is not that document.
    public var body: [UInt8]

    /// The failure an answer reports, or nil when its headers report none.
    public init?(_ answer: RawAnswer) {
        guard let kind = answer.headers["x-fc-error-type"], !kind.isEmpty else { return nil }
        self.kind = kind
        self.requestId = answer.headers["x-fc-request-id"]
        self.body = answer.body
        let document = try? JSONDecoder().decode(JSONValue.self, from: Data(answer.body))
        guard case .object(let fields)? = document else { return }
        if case .string(let type)? = fields["errorType"] { errorType = type }
        if case .string(let text)? = fields["errorMessage"] { message = text }
        stackTrace = fields["stackTrace"]
    }

    /// `kind: errorType: message (request id)`.
    public var description: String {
        var text = "the function failed (\(kind))"
        if let errorType { text += ": \(errorType)" }
        if let message { text += ": \(message)" }
        if let requestId { text += " (request \(requestId))" }
        return text
    }
}

extension RawAnswer {
    /// The function's own failure, when Function Compute's headers report one (``FunctionInvocationError``).
    public var functionError: FunctionInvocationError? { FunctionInvocationError(self) }

    /// The answer, unless it reports the function's own failure.
    ///
    /// - Throws: ``FunctionInvocationError`` when the headers report one.
    public func throwingFunctionError() throws(FunctionInvocationError) -> RawAnswer {
        if let functionError { throw functionError }
        return self
    }
}
