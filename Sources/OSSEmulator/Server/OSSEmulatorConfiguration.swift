import AliyunRuntime
import EmulatorSupport
import Foundation

/// How an ``OSSEmulator`` runs: where it listens, the keys it accepts, its region and its limits.
public struct OSSEmulatorConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// The keys the emulator accepts (one with an STS token must send it).
    public var credentials: [Credentials]
    /// The region buckets live in (the signature's scope may name any region, as OSS's endpoints do not check it).
    public var region: String
    /// Requests to `BUCKET.DOMAIN` are virtual-hosted; every other host is path-style (`/BUCKET/KEY`).
    public var domain: String
    /// The largest object or part one request may upload.
    public var maximumObjectBytes: Int
    /// The most bytes the store holds at once.
    public var maximumTotalBytes: Int
    /// The buckets that exist at start.
    public var buckets: [String]
    /// The clock signatures are checked against.
    public var now: @Sendable () -> Date
    /// The secret the control endpoints (`/_emulator/…`) require; a random one unless given.
    public var controlToken: ControlToken = .generated()

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 0, credentials: [Credentials], region: String = "cn-hangzhou",
        domain: String = "localhost", maximumObjectBytes: Int = 256 << 20, maximumTotalBytes: Int = 1 << 30,
        buckets: [String] = [], now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.host = host
        self.port = port
        self.credentials = credentials
        self.region = region
        self.domain = domain
        self.maximumObjectBytes = maximumObjectBytes
        self.maximumTotalBytes = maximumTotalBytes
        self.buckets = buckets
        self.now = now
    }
}
