import Foundation

/// What generated client methods do after validating: encode, call, and decode the answer or the error.
public enum OperationInvoker {
    /// Runs one operation.
    ///
    /// - Throws: ``DryRunSucceeded`` when a dry run passed every check (the service answers 400
    ///   `DryRunOperation`); `Failure` for any other service error; ``UnreadableErrorBody`` for an error answer
    ///   without a code; ``ResponseDecodingError`` for a success answer that is not the documented shape;
    ///   whatever the caller throws for transport, credential or timeout failures.
    public static func invoke<Request: RPCQueryEncodable, Response: Decodable & Sendable, Failure: OperationError>(
        _ request: Request,
        action: String,
        product: String,
        version: String,
        options: CallOptions = CallOptions(),
        caller: any RPCCaller,
        response: Response.Type,
        failure: Failure.Type,
        isIdempotent: Bool = false,
        isAnonymous: Bool = false,
        formParameters: Set<String> = []
    ) async throws -> Response {
        var encoder = RPCQueryEncoder()
        try request.encode(to: &encoder)
        var query: [RPCQueryItem] = []
        var body: [RPCQueryItem] = []
        for item in encoder.items {
            // A form parameter's flattened items (`Tag.1.Key` of `Tag`) go in the body with it.
            let top = item.name.firstIndex(of: ".").map { String(item.name[..<$0]) } ?? item.name
            if formParameters.contains(top) || formParameters.contains(item.name) {
                body.append(item)
            } else {
                query.append(item)
            }
        }
        let reply = try await caller.call(
            RPCCall(
                product: product, version: version, action: action, parameters: query, options: options,
                isIdempotent: isIdempotent, isAnonymous: isAnonymous, body: body))
        guard (200..<300).contains(reply.status) else {
            let error = ServiceErrorDecoder.decode(status: reply.status, body: reply.body)
            guard let serviceError = error as? ServiceError else { throw error }
            if serviceError.code == DryRunSucceeded.code { throw DryRunSucceeded(serviceError) }
            throw Failure(serviceError)
        }
        do {
            return try JSONDecoder().decode(Response.self, from: Data(reply.body))
        } catch {
            throw ResponseDecodingError(action: action, reply: reply, underlying: String(describing: error))
        }
    }
}

/// A success answer whose body is not the documented response.
public struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
    /// The action called.
    public var action: String
    /// The HTTP status.
    public var httpStatus: Int
    /// The first bytes of the body.
    public var bodyPrefix: String
    /// What the JSON decoder said.
    public var underlying: String

    /// Creates the error from a reply.
    public init(action: String, reply: RPCReply, underlying: String) {
        self.action = action
        self.httpStatus = reply.status
        self.bodyPrefix = String(decoding: reply.body.prefix(256), as: UTF8.self)
        self.underlying = underlying
    }

    /// A sentence with the action, status and body start.
    public var description: String {
        "\(action): HTTP \(httpStatus) answer is not the documented response (\(underlying)): \(bodyPrefix)"
    }
}
