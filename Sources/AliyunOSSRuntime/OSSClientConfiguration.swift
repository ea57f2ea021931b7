import AliyunRuntime
import Foundation

/// How OSS calls are made: where to, signed how, with whose keys, checked how.
public struct OSSClientConfiguration: Sendable {
    /// Which signature.
    public enum SignatureVersion: String, Sendable, Hashable {
        /// `OSS4-HMAC-SHA256` (the default).
        case v4
        /// `OSS id:signature`, for endpoints that predate V4.
        case v1
    }

    /// Where requests go.
    public var endpoint: OSSEndpoint
    /// The region, in V4's scope.
    public var region: String
    /// How buckets are addressed (an IP endpoint is always path-style).
    public var addressing: OSSAddressingStyle
    /// Whose keys sign.
    public var credentials: any CredentialsProvider
    /// Which signature.
    public var signatureVersion: SignatureVersion
    /// Connect and read timeouts (the read timeout applies while a body streams; there is no total for a transfer).
    public var timeouts: Timeouts
    /// Attempts for a call that may be repeated (idempotent, its body replayable) after a connection failure or a 5xx.
    public var maximumAttempts: Int
    /// Whether an upload's CRC-64 is compared with the one OSS reports.
    public var checksUploadCRC: Bool
    /// Whether a whole object's CRC-64 is compared with the one OSS reports, as it is read.
    public var checksDownloadCRC: Bool
    /// The transport.
    public var transport: any StreamingHTTPTransport
    /// The clock signatures use.
    public var now: @Sendable () -> Date

    /// A configuration for a region's endpoint (or one given whole).
    public init(
        region: String, endpoint: OSSEndpoint? = nil, addressing: OSSAddressingStyle = .virtualHosted,
        credentials: any CredentialsProvider, signatureVersion: SignatureVersion = .v4, timeouts: Timeouts = Timeouts(),
        maximumAttempts: Int = 3, checksUploadCRC: Bool = true, checksDownloadCRC: Bool = true,
        transport: any StreamingHTTPTransport = AsyncHTTPClientTransport.shared,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(OSSConfigurationError) {
        guard let resolved = endpoint ?? OSSEndpoint(region: region) else {
            throw OSSConfigurationError("region \"\(region)\" is not a region id and no endpoint was given")
        }
        self.endpoint = resolved
        self.region = region
        self.addressing = addressing
        self.credentials = credentials
        self.signatureVersion = signatureVersion
        self.timeouts = timeouts
        self.maximumAttempts = max(1, maximumAttempts)
        self.checksUploadCRC = checksUploadCRC
        self.checksDownloadCRC = checksDownloadCRC
        self.transport = transport
        self.now = now
    }
}

/// A configuration that cannot work.
public struct OSSConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
