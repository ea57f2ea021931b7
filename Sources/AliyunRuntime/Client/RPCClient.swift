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
        let endpoint = try EndpointResolver(explicit: configuration.endpoint, regional: regionalEndpoints)
            .resolve(product: call.product, region: configuration.region)
        let credentials = call.isAnonymous ? nil : try await configuration.credentials.credentials()
        let retry = call.options.retry ?? configuration.retry
        let timeouts = call.options.timeouts ?? configuration.timeouts
        var waited = Duration.zero
        var attempt = 1
        var lastRetryCost: Int?
        while true {
            try Task.checkCancellation()
            let request = try signedRequest(call, endpoint: endpoint, credentials: credentials)
            let outcome: Result<RPCReply, any Error>
            do {
                let response = try await transport.send(request, timeouts: timeouts)
                outcome = .success(
                    try gateway.reply(
                        RPCReply(status: response.status, headers: response.headers, body: response.body), to: call))
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                outcome = .failure(error)
            }
            log(call, endpoint: endpoint, attempt: attempt, outcome: outcome)
            let retryable: Bool
            var retryAfter: Duration?
            switch outcome {
            case .success(let reply):
                retryable = RetryPolicy.isRetryable(reply, idempotent: call.isIdempotent)
                retryAfter = RetryPolicy.retryAfter(reply)
            case .failure(let error):
                retryable = RetryPolicy.isRetryable(error, idempotent: call.isIdempotent)
            }
            let delay = retry.delay(afterAttempt: attempt, retryAfter: retryAfter, random: configuration.jitter())
            guard retryable, attempt < retry.maxAttempts, waited + delay <= retry.maxTotalDelay,
                let cost = await configuration.retryBudget.withdraw(afterTimeout: outcome.isTimeout)
            else {
                if case .success(let reply) = outcome, (200..<300).contains(reply.status) {
                    await configuration.retryBudget.deposit(lastRetryCost ?? 1)
                }
                return try outcome.get()
            }
            lastRetryCost = cost
            try await configuration.sleeper.sleep(for: delay)
            waited += delay
            attempt += 1
        }
    }

    private func signedRequest(
        _ call: RPCCall, endpoint: ServiceEndpoint, credentials: Credentials?
    ) throws -> HTTPRequest {
        var input = SigningInput(
            method: call.method, host: endpoint.authority, action: call.action, version: call.version,
            parameters: call.parameters, date: configuration.now(), nonce: configuration.nonce(),
            userAgent: configuration.userAgent, credentials: credentials, body: call.body)
        input.path = call.path
        input.headers = call.headers
        input.content = call.content
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
