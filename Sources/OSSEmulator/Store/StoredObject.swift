import Crypto
import Foundation

/// An object as the emulator keeps it: its bytes and what OSS answers about them.
public struct StoredObject: Sendable, Equatable {
    /// The bytes.
    public var data: [UInt8]
    /// `"<MD5 hex, upper case>"` for a simple upload, `"<MD5 of the parts' MD5s>-<parts>"` for a multipart one.
    public var etag: String
    /// CRC-64/ECMA of the bytes, as `x-oss-hash-crc64ecma` carries it.
    public var crc64: UInt64
    /// `Content-Type`.
    public var contentType: String
    /// User metadata: the `x-oss-meta-*` headers, names in lower case.
    public var metadata: [String: String]
    /// When it was written.
    public var lastModified: Date
    /// `Normal`, `Multipart` or `Appendable`.
    public var type: String
    /// `Standard`, `IA`, `Archive`, `ColdArchive`.
    public var storageClass: String

    /// The ETag of a simple upload of `data`.
    static func simpleETag(_ data: [UInt8]) -> String {
        etag(digest: Array(Insecure.MD5.hash(data: data)))
    }

    /// The ETag of a simple upload whose MD5 is `digest`.
    static func etag(digest: [UInt8]) -> String {
        "\"" + digest.map { String(format: "%02X", $0) }.joined() + "\""
    }

    /// The MD5 a simple upload's ETag spells (so a multipart completion need not hash the parts again).
    static func digest(ofETag etag: String) -> [UInt8] {
        let hex = Array(etag.trimmingCharacters(in: ["\""]).utf8)
        return stride(from: 0, to: hex.count - 1, by: 2).compactMap {
            UInt8(String(decoding: hex[$0...$0 + 1], as: UTF8.self), radix: 16)
        }
    }
}

/// A bucket: its objects and the multipart uploads in progress.
struct StoredBucket: Sendable {
    var created: Date
    var region: String
    var objects: [String: StoredObject] = [:]
    var uploads: [String: MultipartUpload] = [:]
}

/// A multipart upload in progress.
struct MultipartUpload: Sendable {
    var key: String
    var initiated: Date
    var contentType: String
    var metadata: [String: String]
    var storageClass: String
    /// Parts by number: bytes and their ETag.
    var parts: [Int: (data: [UInt8], etag: String, crc64: UInt64, lastModified: Date)] = [:]
}
