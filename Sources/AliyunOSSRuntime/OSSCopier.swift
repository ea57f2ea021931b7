import AliyunRuntime
import AliyunXML
import Foundation

/// Copies an object inside OSS without its bytes passing through the client: one CopyObject up to
/// ``Options/singleCopyLimit`` (OSS copies up to 5 GB that way), above it a multipart upload whose parts are copied
/// from ranges of the source (`UploadPartCopy`, each pinned to the source's ETag), in parallel. The copy's CRC-64,
/// combined from the parts', is compared with the source's and with the one OSS reports for the copy.
public struct OSSCopier: Sendable {
    /// How copies are cut up.
    public struct Options: Sendable {
        /// Objects up to this size are copied in one CopyObject (OSS's limit: 5 GB).
        public var singleCopyLimit: Int
        /// The size of each copied part above the limit.
        public var partSize: Int
        /// How many parts are copied at once.
        public var parallelism: Int

        /// Creates options.
        public init(singleCopyLimit: Int = 1 << 30, partSize: Int = 64 << 20, parallelism: Int = 3) {
            self.singleCopyLimit = min(singleCopyLimit, 5_000_000_000)
            self.partSize = max(partSize, OSSUploader.minimumPartSize)
            self.parallelism = max(1, parallelism)
        }
    }

    /// What a copy made.
    public struct Result: Sendable, Hashable {
        /// The copy's ETag.
        public var etag: String
        /// The parts copied (1 for a single CopyObject).
        public var parts: Int
        /// The copy's CRC-64 (the source's).
        public var crc64: UInt64?
    }

    let caller: OSSCaller
    let options: Options

    /// A copier.
    public init(caller: OSSCaller, options: Options = Options()) {
        self.caller = caller
        self.options = options
    }

    /// Copies `source` to `destination` (each a bucket and a key).
    ///
    /// - Parameters:
    ///   - source: The object copied.
    ///   - destination: Where the copy goes.
    /// - Returns: The copy's ETag, the parts copied and its CRC-64.
    /// - Throws: ``OSSServiceError`` (`PreconditionFailed` when the source changed meanwhile), ``OSSIntegrityError``,
    ///   a transport error.
    public func copy(from source: (bucket: String, key: String), to destination: (bucket: String, key: String))
        async throws -> Result
    {
        let head = try await caller.send(OSSCall(method: "HEAD", bucket: source.bucket, key: source.key))
        let size = head.headers["content-length"].flatMap(Int.init) ?? 0
        let etag = head.headers["etag"] ?? ""
        let sourceCRC = head.headers["x-oss-hash-crc64ecma"].flatMap(UInt64.init)
        var pinned = OSSHeaders()
        pinned.set("x-oss-copy-source", "/\(source.bucket)/" + OSSPercentEncoding.path(source.key))
        if !etag.isEmpty { pinned.set("x-oss-copy-source-if-match", etag) }
        if size <= options.singleCopyLimit {
            let answer = try await caller.send(
                OSSCall(method: "PUT", bucket: destination.bucket, key: destination.key, headers: pinned))
            let reported = answer.headers["x-oss-hash-crc64ecma"].flatMap(UInt64.init)
            try Self.compare(reported, sourceCRC)
            let document = try XMLReader.read(try await answer.bytes(upTo: 1 << 20))
            return Result(etag: document.text(of: "ETag") ?? "", parts: 1, crc64: reported ?? sourceCRC)
        }
        let uploadId = try await OSSMultipartCalls.initiate(caller, bucket: destination.bucket, key: destination.key)
        do {
            let parts = try await copyParts(
                size: size, headers: pinned, destination: destination, uploadId: uploadId)
            let (done, copyETag) = try await OSSMultipartCalls.complete(
                caller, bucket: destination.bucket, key: destination.key, uploadId: uploadId,
                parts: parts.map { ($0.number, $0.etag) })
            let combined =
                parts.contains { $0.crc64 == nil }
                ? nil : parts.reduce(UInt64(0)) { CRC64.combine($0, $1.crc64 ?? 0, secondLength: $1.size) }
            try Self.compare(combined, sourceCRC)
            try Self.compare(done.headers["x-oss-hash-crc64ecma"].flatMap(UInt64.init), combined)
            return Result(etag: copyETag, parts: parts.count, crc64: combined ?? sourceCRC)
        } catch {
            await OSSMultipartCalls.abort(
                caller, bucket: destination.bucket, key: destination.key, uploadId: uploadId)
            throw error
        }
    }

    private struct CopiedPart: Sendable {
        var number: Int
        var etag: String
        var crc64: UInt64?
        var size: Int
    }

    private func copyParts(
        size: Int, headers: OSSHeaders, destination: (bucket: String, key: String), uploadId: String
    ) async throws -> [CopiedPart] {
        let partSize = options.partSize
        let count = (size + partSize - 1) / partSize
        let caller = self.caller
        var copied: [CopiedPart] = []
        try await OSSParallel.run(
            Array(1...count), width: options.parallelism,
            { number in
                let offset = (number - 1) * partSize
                let length = min(partSize, size - offset)
                var partHeaders = headers
                partHeaders.set("x-oss-copy-source-range", "bytes=\(offset)-\(offset + length - 1)")
                let answer = try await caller.send(
                    OSSCall(
                        method: "PUT", bucket: destination.bucket, key: destination.key,
                        query: [OSSQueryItem("partNumber", String(number)), OSSQueryItem("uploadId", uploadId)],
                        headers: partHeaders, isIdempotent: true))
                let document = try XMLReader.read(try await answer.bytes(upTo: 1 << 20))
                return CopiedPart(
                    number: number, etag: document.text(of: "ETag") ?? "",
                    crc64: answer.headers["x-oss-hash-crc64ecma"].flatMap(UInt64.init), size: length)
            },
            finished: { copied.append($0) })
        return copied.sorted { $0.number < $1.number }
    }

    /// Two checksums that are both known must agree.
    private static func compare(_ reported: UInt64?, _ expected: UInt64?) throws {
        if let reported, let expected, reported != expected {
            throw OSSIntegrityError(computed: expected, reported: reported, direction: "copy")
        }
    }
}
