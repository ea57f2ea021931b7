import Foundation

/// What generated client methods do after validating: encode, call, and decode the answer or the error.
public enum OperationInvoker {
    /// Runs one operation; `rawBody`, when given, is sent as the body (`application/octet-stream`), signed and
    /// streamed (``RPCCaller/stream(_:body:)``).
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
        rawBody: RequestBody? = nil,
        isAnonymous: Bool = false,
        formParameters: Set<String> = [],
        headerParameters: Set<String> = []
    ) async throws -> Response {
        let call = try rpcCall(
            request, action: action, product: product, version: version, options: options,
            isIdempotent: isIdempotent, isAnonymous: isAnonymous, formParameters: formParameters,
            headerParameters: headerParameters)
        return try await send(call, rawBody: rawBody, caller: caller, response: response, failure: failure)
    }

    /// Runs one operation whose answer is bytes, returned as they arrive; `rawBody`, when given, is streamed as
    /// the body.
    ///
    /// - Throws: as ``invoke(_:action:product:version:options:caller:response:failure:isIdempotent:rawBody:isAnonymous:formParameters:headerParameters:)``.
    public static func invoke<Request: RPCQueryEncodable, Failure: OperationError>(
        _ request: Request,
        action: String,
        product: String,
        version: String,
        options: CallOptions = CallOptions(),
        caller: any RPCCaller,
        response: RawAnswerStream.Type,
        failure: Failure.Type,
        isIdempotent: Bool = false,
        rawBody: RequestBody? = nil,
        isAnonymous: Bool = false,
        formParameters: Set<String> = [],
        headerParameters: Set<String> = []
    ) async throws -> RawAnswerStream {
        let call = try rpcCall(
            request, action: action, product: product, version: version, options: options,
            isIdempotent: isIdempotent, isAnonymous: isAnonymous, formParameters: formParameters,
            headerParameters: headerParameters)
        return try await stream(call, rawBody: rawBody, failure: failure, caller: caller)
    }

    /// Runs one ROA operation: `method` on `path` (a template such as `/clusters/{ClusterId}`,
    /// filled from the request's path parameters), with the request's query, header and body
    /// parameters. An empty answer (HTTP 204) decodes as an empty JSON object.
    ///
    /// - Throws: as ``invoke(_:action:product:version:options:caller:response:failure:isIdempotent:rawBody:isAnonymous:formParameters:headerParameters:)``,
    ///   and ``ROAPathError`` when a path parameter has no value.
    public static func invoke<Request: ROARequestEncodable, Response: Decodable & Sendable, Failure: OperationError>(
        _ request: Request,
        action: String,
        product: String,
        version: String,
        method: String,
        path: String,
        options: CallOptions = CallOptions(),
        caller: any RPCCaller,
        response: Response.Type,
        failure: Failure.Type,
        isIdempotent: Bool = false,
        rawBody: RequestBody? = nil,
        isAnonymous: Bool = false,
        formParameters: Set<String> = []
    ) async throws -> Response {
        let call = try roaCall(
            request, action: action, product: product, version: version, method: method, path: path,
            options: options, isIdempotent: isIdempotent, isAnonymous: isAnonymous, hasRawBody: rawBody != nil,
            formParameters: formParameters)
        return try await send(call, rawBody: rawBody, caller: caller, response: response, failure: failure)
    }

    /// Runs one ROA operation whose answer is bytes (Function Compute's InvokeFunction), returned as they arrive;
    /// `rawBody`, when given, is streamed as the body.
    ///
    /// - Throws: as the ROA ``invoke(_:action:product:version:method:path:options:caller:response:failure:isIdempotent:rawBody:isAnonymous:formParameters:)``.
    public static func invoke<Request: ROARequestEncodable, Failure: OperationError>(
        _ request: Request,
        action: String,
        product: String,
        version: String,
        method: String,
        path: String,
        options: CallOptions = CallOptions(),
        caller: any RPCCaller,
        response: RawAnswerStream.Type,
        failure: Failure.Type,
        isIdempotent: Bool = false,
        rawBody: RequestBody? = nil,
        isAnonymous: Bool = false,
        formParameters: Set<String> = []
    ) async throws -> RawAnswerStream {
        let call = try roaCall(
            request, action: action, product: product, version: version, method: method, path: path,
            options: options, isIdempotent: isIdempotent, isAnonymous: isAnonymous, hasRawBody: rawBody != nil,
            formParameters: formParameters)
        return try await stream(call, rawBody: rawBody, failure: failure, caller: caller)
    }

    /// An RPC call of the request: its query, form and header parameters placed.
    private static func rpcCall(
        _ request: some RPCQueryEncodable, action: String, product: String, version: String, options: CallOptions,
        isIdempotent: Bool, isAnonymous: Bool, formParameters: Set<String>, headerParameters: Set<String>
    ) throws -> RPCCall {
        let parts = try placed(request, formParameters: formParameters, headerParameters: headerParameters)
        var call = RPCCall(
            product: product, version: version, action: action, parameters: parts.query, options: options,
            isIdempotent: isIdempotent, isAnonymous: isAnonymous, body: parts.form)
        call.headers = parts.headers
        return call
    }

    /// A ROA call of the request: its path filled, its query, header, host and body parameters placed (no JSON
    /// body when a raw one is sent).
    private static func roaCall(
        _ request: some ROARequestEncodable, action: String, product: String, version: String, method: String,
        path: String, options: CallOptions, isIdempotent: Bool, isAnonymous: Bool, hasRawBody: Bool,
        formParameters: Set<String>
    ) throws -> RPCCall {
        let (query, form, _) = try placed(request, formParameters: formParameters, headerParameters: [])
        var parts = ROARequestEncoder()
        try request.encodeROA(to: &parts)
        var call = RPCCall(
            product: product, version: version, action: action, parameters: query, options: options,
            isIdempotent: isIdempotent, isAnonymous: isAnonymous, body: form)
        call.style = .roa
        call.method = method
        call.path = try parts.path(path)
        call.headers = parts.headers
        call.hostParameters = parts.hostValues
        call.content = hasRawBody ? nil : parts.content
        return call
    }

    /// The request's query items, split into those sent in the query, the form parameters' items and the
    /// header parameters' (each an HTTP header of its wire name).
    private static func placed(
        _ request: some RPCQueryEncodable, formParameters: Set<String>, headerParameters: Set<String>
    ) throws -> (query: [RPCQueryItem], form: [RPCQueryItem], headers: [RPCQueryItem]) {
        var encoder = RPCQueryEncoder()
        try request.encode(to: &encoder)
        var query: [RPCQueryItem] = []
        var form: [RPCQueryItem] = []
        var headers: [RPCQueryItem] = []
        for item in encoder.items {
            // A parameter's flattened items (`Tag.1.Key` of `Tag`) go where it goes.
            let top = item.name.firstIndex(of: ".").map { String(item.name[..<$0]) } ?? item.name
            if formParameters.contains(top) || formParameters.contains(item.name) {
                form.append(item)
            } else if headerParameters.contains(top) || headerParameters.contains(item.name) {
                headers.append(item)
            } else {
                query.append(item)
            }
        }
        return (query, form, headers)
    }

    private static func send<Response: Decodable & Sendable, Failure: OperationError>(
        _ call: RPCCall, rawBody: RequestBody?, caller: any RPCCaller, response: Response.Type,
        failure: Failure.Type
    ) async throws -> Response {
        guard let rawBody else {
            return try decode(try await caller.call(call), of: call, as: response, failure: failure)
        }
        let answer = try await caller.stream(call, body: rawBody)
        let reply = RPCReply(
            status: answer.status, headers: answer.headers,
            body: try await answer.body.collectBytes(upTo: maximumDocumentSize))
        return try decode(reply, of: call, as: response, failure: failure)
    }

    /// The answer as it arrives, or its error thrown as `Failure`.
    private static func stream<Failure: OperationError>(
        _ call: RPCCall, rawBody: RequestBody?, failure: Failure.Type, caller: any RPCCaller
    ) async throws -> RawAnswerStream {
        let answer = try await caller.stream(call, body: rawBody)
        guard (200..<300).contains(answer.status) else {
            let reply = RPCReply(
                status: answer.status, headers: answer.headers,
                body: try await answer.body.collectBytes(upTo: maximumDocumentSize))
            throw serviceFailure(reply, failure: failure)
        }
        return answer
    }

    /// The most bytes of a document answer read after a streamed call.
    static let maximumDocumentSize = AsyncHTTPClientTransport.maximumBodySize

    /// An error answer as the error thrown: `Failure`, ``DryRunSucceeded``, or ``UnreadableErrorBody``.
    private static func serviceFailure<Failure: OperationError>(_ reply: RPCReply, failure: Failure.Type) -> any Error {
        let error = ServiceErrorDecoder.decode(status: reply.status, body: reply.body)
        guard let serviceError = error as? ServiceError else { return error }
        if serviceError.code == DryRunSucceeded.code { return DryRunSucceeded(serviceError) }
        return Failure(serviceError)
    }

    /// The success answer decoded, or the error answer thrown as `Failure`.
    private static func decode<Response: Decodable & Sendable, Failure: OperationError>(
        _ reply: RPCReply, of call: RPCCall, as response: Response.Type, failure: Failure.Type
    ) throws -> Response {
        guard (200..<300).contains(reply.status) else { throw serviceFailure(reply, failure: failure) }
        let body = reply.body.isEmpty && call.style == .roa ? Array("{}".utf8) : reply.body
        if let model = Response.self as? any SchemaModel.Type, let parsed = try? JSONParser.parse(body),
            let response = read(model, from: parsed) as? Response
        {
            return response
        }
        // Not a generated model, or an answer it cannot be made from: `JSONDecoder` reads it, or says why not.
        do {
            return try JSONDecoder().decode(Response.self, from: Data(body))
        } catch {
            throw ResponseDecodingError(action: call.action, reply: reply, underlying: String(describing: error))
        }
    }
}

extension OperationInvoker {
    /// The model read from a parsed answer, member by member (``SchemaModel/init(json:)``).
    fileprivate static func read<Model: SchemaModel>(_ type: Model.Type, from json: JSONValue) -> Model? {
        Model(json: json)
    }
}

/// A success answer whose body is not the documented response.
public struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
    /// The action called.
    public var action: String
    /// The HTTP status.
    public var httpStatus: Int
    /// The first bytes of the body, secrets redacted (``Redaction/text(_:)``): STS's answer carries a secret
    /// and a token.
    public var bodyPrefix: String
    /// What the JSON decoder said.
    public var underlying: String

    /// Creates the error from a reply.
    public init(action: String, reply: RPCReply, underlying: String) {
        self.action = action
        self.httpStatus = reply.status
        self.bodyPrefix = Redaction.text(String(decoding: reply.body.prefix(256), as: UTF8.self))
        self.underlying = underlying
    }

    /// A sentence with the action, status and body start.
    public var description: String {
        "\(action): HTTP \(httpStatus) answer is not the documented response (\(underlying)): \(bodyPrefix)"
    }
}
