/// One call to an API operation: an action of a product's API version with its parameters.
///
/// RPC-style calls (`POST /` with the action in the query) take the defaults of ``style``,
/// ``method`` and ``path``; ROA-style calls name their method and their path (parameters already
/// substituted and percent-encoded), and may carry ``headers`` and a ``content`` body.
public struct RPCCall: Sendable, Equatable {
    /// The API's style, which decides the legacy signature (``SignatureVersion/v1``) used.
    public var style: APIStyle = .rpc
    /// The HTTP method, upper case.
    public var method: String = "POST"
    /// The request path, percent-encoded: `/` for RPC, the operation's path for ROA.
    public var path: String = "/"
    /// The documented header parameters (`in: header`, of ROA and RPC operations alike), in order.
    public var headers: [RPCQueryItem] = []
    /// The parameters the spec places in the host (`in: host`: Log Service's project), for the gateway that puts
    /// them there; a gateway that does not send them nowhere (``AlibabaCloudGateway``: the endpoint carries them).
    public var hostParameters: [RPCQueryItem] = []
    /// A body other than a form (a ROA JSON body); when set, ``body`` is empty.
    public var content: RequestContent?
    /// The product code, e.g. `Ecs`.
    public var product: String
    /// The API version, e.g. `2014-05-26`.
    public var version: String
    /// The action, e.g. `ModifyImageAttribute`.
    public var action: String
    /// The parameters sent in the query, flattened, in order.
    public var parameters: [RPCQueryItem]
    /// The parameters sent as a form body (the spec's `in: formData`), flattened, in order.
    public var body: [RPCQueryItem]
    /// Timeouts and retries for this call.
    public var options: CallOptions
    /// Whether sending the call twice does what sending it once does: a read (its access level and its name
    /// agree), a call carrying a `ClientToken`, or one the generator's configuration says is safe to repeat.
    /// Only such calls are retried after they may have reached the service (see ``RetryPolicy``).
    public var isIdempotent: Bool
    /// Whether the call is sent unsigned (the spec's security schemes take no access key, as STS
    /// `AssumeRoleWithOIDC`): no credentials are asked for and no signature is added.
    public var isAnonymous: Bool

    /// Creates a call.
    public init(
        product: String, version: String, action: String, parameters: [RPCQueryItem],
        options: CallOptions = CallOptions(), isIdempotent: Bool = false, isAnonymous: Bool = false,
        body: [RPCQueryItem] = []
    ) {
        self.body = body
        self.product = product
        self.version = version
        self.action = action
        self.parameters = parameters
        self.options = options
        self.isIdempotent = isIdempotent
        self.isAnonymous = isAnonymous
    }
}

/// The answer to a call: status, headers and body.
public struct RPCReply: Sendable, Equatable {
    /// The HTTP status.
    public var status: Int
    /// The headers, names in lower case.
    public var headers: [String: String]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a reply.
    public init(status: Int, headers: [String: String] = [:], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Sends calls: signs them, picks the endpoint, retries, and returns the final answer.
///
/// Generated clients call it; ``RPCClient`` is the implementation that talks to Alibaba Cloud, and
/// tests may supply their own.
public protocol RPCCaller: Sendable {
    /// Sends the call and returns the server's answer, whatever its status.
    func call(_ call: RPCCall) async throws -> RPCReply

    /// Sends the call with `body` (when given) as its raw body (`application/octet-stream`), and returns the answer
    /// once its head has arrived, its body following as it is read: an error answer's body is read whole.
    ///
    /// The default holds the body in memory (up to ``RequestBody/heldLimit``), sends it through ``call(_:)`` and
    /// hands the whole answer over; ``RPCClient`` streams both ways.
    func stream(_ call: RPCCall, body: RequestBody?) async throws -> RawAnswerStream
}

extension RPCCaller {
    /// Holds the body in memory, sends the call through ``call(_:)`` and hands the whole answer over.
    ///
    /// - Throws: ``TransportError`` when a body longer than ``RequestBody/heldLimit`` is given; what ``call(_:)``
    ///   throws.
    public func stream(_ call: RPCCall, body: RequestBody?) async throws -> RawAnswerStream {
        try await streamHeld(call, body: body)
    }

    /// The body held in memory (up to ``RequestBody/heldLimit``), sent through ``call(_:)``, and the whole answer
    /// handed over: how a caller that cannot stream streams.
    ///
    /// - Throws: ``TransportError`` when the body is longer than ``RequestBody/heldLimit``; what ``call(_:)`` throws.
    public func streamHeld(_ call: RPCCall, body: RequestBody?) async throws -> RawAnswerStream {
        var call = call
        if let body { call.content = .raw(try await body.collect()) }
        return RawAnswerStream(try await self.call(call))
    }
}
