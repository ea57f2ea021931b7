import AliyunRuntime

/// Where an ``SLSProducer`` sends logs and how it batches, bounds and retries them.
///
/// The client configuration says where (its endpoint or region), as whom (its credentials), and how long one attempt
/// may take (its timeouts); its own retry policy is not used: the producer retries each batch as ``retry`` says.
public struct SLSProducerConfiguration: Sendable {
    /// The endpoint or region, the credentials and the timeouts of every PutLogs call.
    public var client: RPCClientConfiguration
    /// The project: PutLogs goes to `{project}.{endpoint}`.
    public var project: String
    /// The logstore the logs are written to.
    public var logstore: String
    /// Every log group's topic (`__topic__`); nil sends none.
    public var topic: String?
    /// Every log group's source (`__source__`); nil sends none, and Log Service records the client's address.
    public var source: String?
    /// Every log group's tags (`__tag__:key`).
    public var logTags: [SLSLogField]
    /// How each batch is compressed on the wire.
    public var compression: SLSCompression
    /// The most logs in one batch (PutLogs accepts 4,096 at most): 1 to 4,096.
    public var maxBatchLogs: Int
    /// The most bytes of one batch's log group, as protobuf before compression. A log that cannot fit a batch on
    /// its own is dropped (``SLSProducerStatistics/droppedLogs``).
    public var maxBatchBytes: Int
    /// How long a batch that is not full waits for more logs before it is sent.
    public var linger: Duration
    /// The most logs held at once, waiting or being sent; a log that would exceed it is dropped.
    public var maxQueuedLogs: Int
    /// The most bytes (protobuf, before compression) held at once, waiting or being sent; a log that would exceed it
    /// is dropped.
    public var maxQueuedBytes: Int
    /// How often and how patiently a failed batch is sent again: attempts in all (the first included), each delay's
    /// cap growing from `baseDelay` to `maxDelay` with full jitter, and the cap of all delays of one batch together.
    /// Only failures that may pass are retried (``SLSProducer/isRetryable(status:code:)``, transport failures and
    /// timeouts).
    public var retry: RetryPolicy
    /// Told of each batch the producer gives up on, with the number of its logs and the last error; called on the
    /// producer's own task. Do not log it through an ``SLSLogHandler`` of the same producer: that would feed its
    /// own failures back to it.
    public var onBatchFailure: (@Sendable (_ error: any Error, _ logs: Int) -> Void)?

    /// A configuration; the defaults are LZ4, 4,096 logs or 1 MiB a batch, 2 s of linger, at most 64 MiB or
    /// 262,144 logs queued, and 10 attempts a batch, 100 ms growing to 10 s between them, 120 s in all.
    public init(
        client: RPCClientConfiguration,
        project: String,
        logstore: String,
        topic: String? = nil,
        source: String? = nil,
        logTags: [SLSLogField] = [],
        compression: SLSCompression = .lz4,
        maxBatchLogs: Int = 4096,
        maxBatchBytes: Int = 1 << 20,
        linger: Duration = .seconds(2),
        maxQueuedLogs: Int = 262_144,
        maxQueuedBytes: Int = 64 << 20,
        retry: RetryPolicy = RetryPolicy(
            maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .seconds(10), maxTotalDelay: .seconds(120)),
        onBatchFailure: (@Sendable (_ error: any Error, _ logs: Int) -> Void)? = nil
    ) {
        self.client = client
        self.project = project
        self.logstore = logstore
        self.topic = topic
        self.source = source
        self.logTags = logTags
        self.compression = compression
        self.maxBatchLogs = maxBatchLogs
        self.maxBatchBytes = maxBatchBytes
        self.linger = linger
        self.maxQueuedLogs = maxQueuedLogs
        self.maxQueuedBytes = maxQueuedBytes
        self.retry = retry
        self.onBatchFailure = onBatchFailure
    }

    /// At least the bytes a log group takes besides its logs: its topic, source and tags, each varint at its widest.
    var groupOverhead: Int {
        var size = 0
        if let topic { size += 6 + topic.utf8.count }
        if let source { size += 6 + source.utf8.count }
        for tag in logTags { size += SLSLogRecord.pairSizeBound(tag) }
        return size
    }
}
