/// How a product's gateway wants its calls: the one seam where a product that is not called as Alibaba Cloud's
/// common OpenAPI gateway is called (Log Service's signature and host, its compressed and protobuf bodies).
///
/// ``RPCClient`` resolves the endpoint, gets the credentials and retries; for every attempt it hands the call, the
/// signing inputs and the endpoint to its gateway, which returns the request to send, and hands each answer to it
/// before the generated client reads it. ``AlibabaCloudGateway`` is the common gateway (ACS3, or the legacy V1 and
/// ROA signatures), what every product uses unless its generated client names another.
public protocol RequestGateway: Sendable {
    /// The request to send for one attempt of `call`: signed (unless `input` has no credentials), addressed to
    /// `endpoint`.
    ///
    /// - Throws: an error describing a call that cannot be sent as it is (nothing is sent then).
    func request(
        for call: RPCCall, input: SigningInput, endpoint: ServiceEndpoint, configuration: RPCClientConfiguration
    ) throws -> HTTPRequest

    /// The answer as the generated client reads it: `reply` as it came, or its body decoded as the gateway's
    /// protocol says (decompressed, say).
    ///
    /// - Throws: an error describing an answer the gateway's protocol cannot read.
    func reply(_ reply: RPCReply, to call: RPCCall) throws -> RPCReply

    /// Whether a raw body may stream to the service and the answer's body stream back: the gateway signs a streamed
    /// body by ``SigningInput/streamedPayloadSHA256`` (or not at all) and reads answers as they came.
    var streamsBodies: Bool { get }
}

extension RequestGateway {
    /// The answer as it came.
    public func reply(_ reply: RPCReply, to call: RPCCall) throws -> RPCReply { reply }

    /// False: the gateway signs and reads bodies as bytes at hand, so ``RPCClient`` holds a raw body in memory and
    /// reads the answer whole.
    public var streamsBodies: Bool { false }
}

/// Alibaba Cloud's common OpenAPI gateway: ACS3 (``V3Signer``) unless the configuration asks for the legacy
/// signatures, which are ``V1Signer`` for RPC calls and ``ROASigner`` for ROA calls.
public struct AlibabaCloudGateway: RequestGateway {
    /// Creates the gateway.
    public init() {}

    /// True: ACS3 signs a streamed body by its SHA-256, the legacy signatures do not sign the body.
    public var streamsBodies: Bool { true }

    /// The call signed as its configuration's signature version says.
    public func request(
        for call: RPCCall, input: SigningInput, endpoint: ServiceEndpoint, configuration: RPCClientConfiguration
    ) -> HTTPRequest {
        let signed: SignedRequest
        switch (configuration.signatureVersion, call.style) {
        case (.v3, _): signed = V3Signer.sign(input)
        case (.v1, .rpc): signed = V1Signer.sign(input)
        case (.v1, .roa): signed = ROASigner.sign(input)
        }
        return signed.httpRequest(endpoint: endpoint)
    }
}

extension SignedRequest {
    /// The request to send: this method, path, query, headers and body, to `endpoint` (its scheme, its host and
    /// port unless `host` names another host).
    public func httpRequest(endpoint: ServiceEndpoint, host: String? = nil) -> HTTPRequest {
        let authority = host.map { name in endpoint.port.map { "\(name):\($0)" } ?? name } ?? endpoint.authority
        let query = query.isEmpty ? "" : "?" + query
        return HTTPRequest(
            method: method, url: "\(endpoint.scheme)://\(authority)\(path)\(query)", headers: headers, body: body)
    }
}
