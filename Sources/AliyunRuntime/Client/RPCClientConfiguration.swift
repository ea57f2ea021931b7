import Foundation

/// How an ``RPCClient`` calls a service: where, as whom, how it signs, waits and retries.
public struct RPCClientConfiguration: Sendable {
    /// The region id, e.g. `cn-hangzhou`; picks the endpoint unless ``endpoint`` is set.
    public var region: String?
    /// An endpoint that overrides the region's.
    public var endpoint: ServiceEndpoint?
    /// Where credentials come from; the default chain unless told otherwise.
    public var credentials: any CredentialsProvider
    /// V3 (default) or V1.
    public var signatureVersion: SignatureVersion
    /// Connect, read and total timeouts.
    public var timeouts: Timeouts
    /// Retries.
    public var retry: RetryPolicy
    /// The token bucket every retry draws from; clients made from this configuration share it.
    public var retryBudget: RetryBudget
    /// The `user-agent` header.
    public var userAgent: String
    /// The clock signatures are dated by.
    public var now: @Sendable () -> Date
    /// A fresh nonce per attempt.
    public var nonce: @Sendable () -> String
    /// A random number in `0..<1` for retry jitter.
    public var jitter: @Sendable () -> Double
    /// Waits between attempts.
    public var sleeper: any Sleeper
    /// Receives one line per attempt (method, host, action, status); never a secret or a signature.
    public var log: (@Sendable (String) -> Void)?

    /// Creates a configuration; everything but the region has a default.
    public init(
        region: String? = nil,
        endpoint: ServiceEndpoint? = nil,
        credentials: any CredentialsProvider = DefaultCredentialsChain(),
        signatureVersion: SignatureVersion = .v3,
        timeouts: Timeouts = Timeouts(),
        retry: RetryPolicy = RetryPolicy(),
        retryBudget: RetryBudget = RetryBudget(),
        userAgent: String = "swift-aliyun-codegen/1.0",
        now: @escaping @Sendable () -> Date = { Date() },
        nonce: @escaping @Sendable () -> String = { RandomUUID.text() },
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        sleeper: any Sleeper = TaskSleeper(),
        log: (@Sendable (String) -> Void)? = nil
    ) {
        self.region = region
        self.endpoint = endpoint
        self.credentials = credentials
        self.signatureVersion = signatureVersion
        self.timeouts = timeouts
        self.retry = retry
        self.retryBudget = retryBudget
        self.userAgent = userAgent
        self.now = now
        self.nonce = nonce
        self.jitter = jitter
        self.sleeper = sleeper
        self.log = log
    }
}
