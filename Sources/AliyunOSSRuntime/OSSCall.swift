import AliyunRuntime
import NIOCore

/// One OSS request, before it is addressed and signed.
public struct OSSCall: Sendable {
    /// `GET`, `PUT`, `POST`, `DELETE`, `HEAD`.
    public var method: String
    /// The bucket; nil for the service.
    public var bucket: String?
    /// The object's key, not encoded; nil for a bucket.
    public var key: String?
    /// The query (sub-resources with empty values).
    public var query: [OSSQueryItem]
    /// The headers.
    public var headers: OSSHeaders
    /// The body.
    public var body: OSSBody
    /// Whether repeating the call cannot change the outcome (GET, HEAD, PUT of a whole object, DELETE).
    public var isIdempotent: Bool
    /// Whether OSS answers the CRC-64 of exactly this body (PutObject, UploadPart, AppendObject), to be compared.
    public var reportsBodyCRC: Bool
    /// Query parameters V1 signs beyond its own list (an operation's own sub-resource).
    public var subresources: Set<String>

    /// Creates a call.
    public init(
        method: String, bucket: String? = nil, key: String? = nil, query: [OSSQueryItem] = [],
        headers: OSSHeaders = OSSHeaders(), body: OSSBody = .empty, isIdempotent: Bool? = nil,
        reportsBodyCRC: Bool = false, subresources: Set<String> = []
    ) {
        self.method = method
        self.bucket = bucket
        self.key = key
        self.query = query
        self.headers = headers
        self.body = body
        self.isIdempotent = isIdempotent ?? ["GET", "HEAD", "PUT", "DELETE"].contains(method)
        self.reportsBodyCRC = reportsBodyCRC
        self.subresources = subresources
    }
}

/// A successful answer: its status and headers, and its body as it arrives (iterate it once; a whole object's
/// CRC-64 is checked at its end).
public struct OSSResponse: Sendable {
    /// The status (200, 204, 206, 304).
    public var status: Int
    /// Headers, names in lower case.
    public var headers: [String: String]
    /// The body.
    public var body: OSSObjectStream
    /// The CRC-64 of the body sent, computed as it was sent, when the call asked for it to be checked
    /// (``OSSCall/reportsBodyCRC``).
    public var sentBodyCRC: UInt64?

    /// The whole body, refused beyond `limit` bytes.
    public func bytes(upTo limit: Int = 64 << 20) async throws -> [UInt8] {
        try await body.collectBytes(upTo: limit)
    }
}
