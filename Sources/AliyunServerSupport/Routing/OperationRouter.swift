import AliyunRuntime
import Foundation

/// Routes verified calls to typed handlers, one per action, the way an Alibaba Cloud service answers:
/// the query is decoded with the generated decoder, checked with the generated validators, handed to
/// the handler, and the response encoded as JSON with a `RequestId`.
///
/// A call is answered with:
/// - `InvalidVersion` (400) for another API version, `InvalidAction.NotFound` (404) for an action without a
///   handler;
/// - `MissingParameter` (400) for an absent required parameter, `InvalidParameter` (400) for a value of the
///   wrong type;
/// - the first broken rule's documented code, with the status and message of the operation's error table
///   (`InvalidImageName.Malformed`, 400), or `InvalidParameter` for a rule without a code;
/// - whatever the handler throws: a `ServedError`, or the operation's generated error (its service error);
///   any other error is a 500 `InternalError`.
///
/// Routers of several products merge into one (``merging(_:)``): a call goes to the routes of its API
/// version, so one server can answer ECS and STS alike.
public struct OperationRouter: Sendable {
    /// The API version first served, e.g. `2014-05-26`.
    public var version: String
    /// The product code of that version, for `Recommend` links, e.g. `Ecs`.
    public var product: String
    /// API version → action → route.
    private var routes: [String: [String: @Sendable (VerifiedRequest, String, ValidationMode) async -> Outcome]] =
        [:]
    /// Which broken rules refuse a call: every one (`.enforce`, the default, as the service does), only
    /// rules that cannot go stale (`.enforceStable`), or none (`.warn`, `.off`: the call is served as if the
    /// service had raised its limits — how a test shows a client-side rule to be wrong). Decoding failures
    /// and missing required parameters of a non-optional type are refused whatever the mode.
    public var validation: ValidationMode = .enforce
    /// API version → product code.
    private var products: [String: String] = [:]
    /// API version → the actions that take no access key (the spec's security schemes say so).
    private var anonymous: [String: Set<String>] = [:]

    /// What a route produced: a JSON body, or an error.
    enum Outcome: Sendable {
        case success(String)
        case failure(ServedError)
    }

    /// A router with no handler yet.
    public init(product: String, version: String) {
        self.product = product
        self.version = version
        products[version] = product
    }

    /// The actions with a handler, sorted (of every version served).
    public var actions: [String] { routes.values.flatMap(\.keys).sorted() }

    /// Whether a handler serves the action of this version.
    public func serves(action: String, version: String) -> Bool { routes[version]?[action] != nil }

    /// Whether a handler serves some action of this version.
    public func serves(version: String) -> Bool { routes[version] != nil }

    /// The product code of an API version served, for `Recommend` links; the first product's for another.
    public func product(ofVersion version: String) -> String { products[version] ?? product }

    /// Whether the action of this version is served unsigned (STS `AssumeRoleWithOIDC`).
    public func isAnonymous(action: String, version: String) -> Bool {
        anonymous[version]?.contains(action) ?? false
    }

    /// Serves `action` with `handler`; `errors` is the operation's generated error type, whose table gives
    /// the status and message of each documented code. `headerParameters` are the operation's `in: header`
    /// parameters, read from the request's headers (by name, in any case) and decoded with the query's.
    public mutating func handle<Request, Response, Failure>(
        _ action: String, request: Request.Type, response: Response.Type, errors: Failure.Type,
        isAnonymous: Bool = false, headerParameters: [String] = [],
        _ handler: @escaping @Sendable (Request) async throws -> Response
    )
    where
        Request: RPCQueryDecodable & ValidatableValue, Response: Encodable & Sendable,
        Failure: DocumentedOperationError
    {
        if isAnonymous { anonymous[version, default: []].insert(action) }
        // Header names are looked up in lower case, as `VerifiedRequest.headers` holds them.
        let headerNames = headerParameters.map { (wire: $0, lookUp: $0.lowercased()) }
        routes[version, default: [:]][action] = { call, requestId, mode in
            let items =
                call.parameters
                + headerNames.compactMap { name in
                    call.headers[name.lookUp].map { RPCQueryItem(name: name.wire, value: $0) }
                }
            guard items.count <= RPCQueryDecoder.maximumItems else {
                return .failure(
                    ServedError.invalidParameter(
                        message:
                            "The request has \(items.count) parameters; at most \(RPCQueryDecoder.maximumItems) are read."
                    ))
            }
            let request: Request
            do throws(RPCQueryDecodingError) {
                request = try Request(from: RPCQueryDecoder(items: items))
            } catch {
                return .failure(Self.decodingFailure(error))
            }
            var validator = RequestValidator()
            if mode.checks { request.validate(into: &validator, prefix: "") }
            if let refusal = ServedError.refusal(
                of: validator.violations, mode: mode,
                rows: Failure.rowsByCodeName)
            {
                return .failure(refusal)
            }
            do {
                return .success(try Self.encode(try await handler(request), requestId: requestId))
            } catch let error as ServedError {
                return .failure(error)
            } catch let error as any OperationError {
                let service = error.serviceError
                return .failure(
                    ServedError(status: service.httpStatus, code: service.code, message: service.message))
            } catch {
                return .failure(ServedError(status: 500, code: "InternalError", message: "\(error)"))
            }
        }
    }

    /// This router with the routes of `other` added; where both serve an action, this router's route is
    /// kept, and this router's ``validation`` applies to every route. (A handler's stateful routes over a whole product's example routes, say.)
    public func merging(_ other: OperationRouter) -> OperationRouter {
        var merged = self
        for (version, routes) in other.routes {
            merged.routes[version, default: [:]].merge(routes) { mine, _ in mine }
        }
        merged.products.merge(other.products) { mine, _ in mine }
        merged.anonymous.merge(other.anonymous) { mine, theirs in mine.union(theirs) }
        return merged
    }

    /// The answer to a verified call; the handler runs with the call as ``ServedCall/current``.
    public func answer(_ call: VerifiedRequest, requestId: String, hostId: String) async -> ServedAnswer {
        let outcome: Outcome
        if let routes = routes[call.version] {
            if let route = routes[call.action] {
                outcome = await ServedCall.$current.withValue(call) {
                    await route(call, requestId, validation)
                }
            } else {
                outcome = .failure(ServedError.unknownAction)
            }
        } else {
            outcome = .failure(ServedError.unknownVersion)
        }
        switch outcome {
        case .success(let body):
            return ServedAnswer(status: 200, body: body)
        case .failure(let error):
            return .error(
                status: error.status, code: error.code, message: error.message, requestId: requestId, hostId: hostId,
                product: product(ofVersion: call.version))
        }
    }

    private static func decodingFailure(_ error: RPCQueryDecodingError) -> ServedError {
        switch error.reason {
        case .missing:
            return ServedError.missing(error.name)
        case .invalidValue, .invalidJSON:
            return ServedError.invalidParameter(error.name)
        }
    }

    /// The response as JSON, with `RequestId` set when the response leaves it empty: one encoding pass.
    /// Keys come in the generated types' declaration order (deterministic; not sorting them saves a
    /// third of the encoding time of a large answer).
    static func encode(_ response: some Encodable, requestId: String) throws -> String {
        if let model = response as? any SchemaModel { return write(model, requestId: requestId) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try encoder.encode(WithRequestId(response: response, requestId: requestId))
        return String(decoding: data, as: UTF8.self)
    }

    /// A generated response written member by member (``SchemaModel/writeJSON(to:defaulting:to:)``), `RequestId` first
    /// unless the response carries its own: what `JSONEncoder` writes of ``WithRequestId``, without its encoders.
    private static func write(_ response: some SchemaModel, requestId: String) -> String {
        var writer = JSONWriter()
        response.writeJSON(to: &writer, defaulting: "RequestId", to: requestId)
        return writer.text
    }
}

/// A response whose `RequestId` defaults to the call's: the ID is written first, then the response's own
/// fields, so a response that carries one overwrites it and one that leaves it nil (generated responses
/// encode optionals only when present) keeps it.
private struct WithRequestId<Response: Encodable>: Encodable {
    var response: Response
    var requestId: String

    private enum Key: String, CodingKey { case requestId = "RequestId" }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(requestId, forKey: .requestId)
        try response.encode(to: encoder)
    }
}

/// The call being served, for handlers that need more than its parameters: who signed it (an emulated STS
/// answers `GetCallerIdentity` with it) and how.
public enum ServedCall {
    /// The verified call whose handler is running; nil outside a handler.
    @TaskLocal public static var current: VerifiedRequest?
}
