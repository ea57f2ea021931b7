import NIOCore

/// Calls Alibaba Cloud RPC APIs: resolves the endpoint, gets credentials, signs every attempt
/// afresh (new date and nonce), sends, and retries as the policy says.
public struct RPCClient: RPCCaller {
    /// The configuration.
    public var configuration: RPCClientConfiguration
    /// The documented hosts by region, from the service's spec.
    public var regionalEndpoints: [String: String]
    /// Sends the requests.
    public var transport: any HTTPTransport
    /// Signs each attempt and reads each answer as the product's gateway wants them.
    public var gateway: any RequestGateway

    /// Creates a client.
    public init(
        configuration: RPCClientConfiguration, regionalEndpoints: [String: String] = [:],
        transport: any HTTPTransport = AsyncHTTPClientTransport.shared,
        gateway: any RequestGateway = AlibabaCloudGateway()
    ) {
        self.configuration = configuration
        self.regionalEndpoints = regionalEndpoints
        self.transport = transport
        self.gateway = gateway
    }

    /// Sends the call; returns the last answer (a success, or an error answer not worth retrying).
    ///
    /// - Throws: ``ConfigurationError`` or ``CredentialsError`` before anything is sent;
    ///   ``TimeoutError`` or ``TransportError`` when the last attempt failed on the wire;
    ///   `CancellationError` when the task is cancelled.
    public func call(_ call: RPCCall) async throws -> RPCReply {
        let target = try await self.target(of: call)
        return try await attempts(of: call, target: target, repeatable: true) { request in
            let response = try await transport.send(request, timeouts: target.timeouts)
            let reply = try gateway.reply(
                RPCReply(status: response.status, headers: response.headers, body: response.body), to: call)
            return (reply, reply)
        }
    }

    /// Sends the call with `body` streamed as its raw body, and returns once the answer's head has arrived, its
    /// body streaming as it is read (an error answer's is read whole, to be decoded and retried on).
    ///
    /// A V3 signature signs the body's SHA-256: a body that can be made again (bytes, a file, a factory) is read
    /// once to hash it and again to send it, never held; one that can be read once is held in memory, up to
    /// ``RequestBody/heldLimit``, and not retried. The legacy ROA signature does not sign the body, which is sent as
    /// it is read. A gateway that signs bodies by their bytes (``RequestGateway/streamsBodies`` false), or a
    /// transport that does not stream, gets the body held in memory and the answer read whole.
    ///
    /// - Throws: as ``call(_:)``, and ``TransportError`` when a body that can be read once is too long to hold.
    public func stream(_ call: RPCCall, body: RequestBody?) async throws -> RawAnswerStream {
        guard gateway.streamsBodies, let streaming = transport as? any StreamingHTTPTransport else {
            return try await streamHeld(call, body: body)
        }
        var call = call
        var body = body
        var payloadHash: String?
        if let given = body {
            call.content = RequestContent(bytes: [], contentType: RequestContent.raw([]).contentType)
            if configuration.signatureVersion == .v3 {
                let replayable = try await given.replayable()
                payloadHash = try await replayable.sha256()
                body = replayable
            }
        }
        let target = try await self.target(of: call)
        let sent = body
        return try await attempts(
            of: call, target: target, repeatable: sent?.isReplayable ?? true, payloadHash: payloadHash
        ) { request in
            let response = try await streaming.stream(
                StreamingHTTPRequest(
                    method: request.method, url: request.url, headers: request.headers,
                    body: sent?.stream ?? .bytes(ByteBuffer(bytes: request.body))),
                timeouts: target.timeouts)
            guard (200..<300).contains(response.status) else {
                let reply = try gateway.reply(
                    RPCReply(
                        status: response.status, headers: response.headers,
                        body: try await response.collect(upTo: Self.errorBodyLimit)), to: call)
                return (reply, RawAnswerStream(reply))
            }
            let head = RPCReply(status: response.status, headers: response.headers, body: [])
            return (head, RawAnswerStream(status: response.status, headers: response.headers, body: response.body))
        }
    }

    /// The most bytes of an error answer read when the body streams.
    static let errorBodyLimit = 1 << 20

    /// Where and as whom a call goes, and how long its attempts may take.
    private struct Target {
        var endpoint: ServiceEndpoint
        var credentials: Credentials?
        var timeouts: Timeouts
    }

    private func target(of call: RPCCall) async throws -> Target {
        let endpoint = try EndpointResolver(explicit: configuration.endpoint, regional: regionalEndpoints)
            .resolve(product: call.product, region: configuration.region)
        let credentials = call.isAnonymous ? nil : try await configuration.credentials.credentials()
        return Target(
            endpoint: endpoint, credentials: credentials, timeouts: call.options.timeouts ?? configuration.timeouts)
    }

    /// Signs and sends attempts of the call (each signed afresh) until one succeeds or is not worth repeating, as
    /// the retry policy and budget say; `send` makes one attempt and returns its reply (what retrying is decided
    /// on) and what the caller gets. A call whose body cannot be sent twice (`repeatable` false) is tried once.
    private func attempts<Answer>(
        of call: RPCCall, target: Target, repeatable: Bool, payloadHash: String? = nil,
        send: (HTTPRequest) async throws -> (reply: RPCReply, answer: Answer)
    ) async throws -> Answer {
        let retry = call.options.retry ?? configuration.retry
        var waited = Duration.zero
        var attempt = 1
        var lastRetryCost: Int?
        while true {
            try Task.checkCancellation()
            let request = try signedRequest(
                call, endpoint: target.endpoint, credentials: target.credentials, payloadHash: payloadHash)
            let outcome: Result<(reply: RPCReply, answer: Answer), any Error>
            do {
                outcome = .success(try await send(request))
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                outcome = .failure(error)
            }
            log(call, endpoint: target.endpoint, attempt: attempt, outcome: outcome.map(\.reply))
            let retryable: Bool
            var retryAfter: Duration?
            switch outcome {
            case .success(let exchange):
                retryable = RetryPolicy.isRetryable(exchange.reply, idempotent: call.isIdempotent)
                retryAfter = RetryPolicy.retryAfter(exchange.reply)
            case .failure(let error):
                retryable = RetryPolicy.isRetryable(error, idempotent: call.isIdempotent)
            }
            let delay = retry.delay(afterAttempt: attempt, retryAfter: retryAfter, random: configuration.jitter())
            guard repeatable, retryable, attempt < retry.maxAttempts, waited + delay <= retry.maxTotalDelay,
                let cost = await configuration.retryBudget.withdraw(afterTimeout: outcome.isTimeout)
            else {
                if case .success(let exchange) = outcome, (200..<300).contains(exchange.reply.status) {
                    await configuration.retryBudget.deposit(lastRetryCost ?? 1)
                }
                return try outcome.get().answer
            }
            lastRetryCost = cost
            try await configuration.sleeper.sleep(for: delay)
            waited += delay
            attempt += 1
        }
    }

    private func signedRequest(
        _ call: RPCCall, endpoint: ServiceEndpoint, credentials: Credentials?, payloadHash: String?
    ) throws -> HTTPRequest {
        var input = SigningInput(
            method: call.method, host: endpoint.authority, action: call.action, version: call.version,
            parameters: call.parameters, date: configuration.now(), nonce: configuration.nonce(),
            userAgent: configuration.userAgent, credentials: credentials, body: call.body)
        input.path = call.path
        input.headers = call.headers
        input.content = call.content
        input.streamedPayloadSHA256 = payloadHash
        return try gateway.request(for: call, input: input, endpoint: endpoint, configuration: configuration)
    }

    private func log(_ call: RPCCall, endpoint: ServiceEndpoint, attempt: Int, outcome: Result<RPCReply, any Error>) {
        guard let log = configuration.log else { return }
        let result: String
        switch outcome {
        case .success(let reply): result = "HTTP \(reply.status)"
        case .failure(let error): result = "\(error)"
        }
        log("\(call.method) \(endpoint)\(call.path) \(call.action) \(call.version) attempt \(attempt): \(result)")
    }
}

extension Result where Failure == any Error {
    /// Whether the attempt ended in a timeout.
    fileprivate var isTimeout: Bool {
        if case .failure(let error) = self { return error is TimeoutError }
        return false
    }
}
