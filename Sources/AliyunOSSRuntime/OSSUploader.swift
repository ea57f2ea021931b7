import AliyunRuntime
import AliyunXML
import Foundation

/// Uploads a file of any size: in one PutObject below the part size, else as a multipart upload whose parts go
/// in parallel (at most ``Options/parallelism`` at once), each retried as the caller retries and its CRC-64
/// checked, completed with the CRC-64 combined from the parts and compared with the object's. With a checkpoint
/// directory, an upload interrupted by a crash, a cancellation or a failure resumes where it stopped; without one,
/// a failed or cancelled upload is aborted, leaving no parts behind to pay for.
public struct OSSUploader: Sendable {
    /// How uploads are cut up and kept.
    public struct Options: Sendable {
        /// The size of each part (at least 100 KiB, OSS's minimum); nil chooses one from the file's size: 8 MiB, or
        /// larger so that no file needs more than 10,000 parts.
        public var partSize: Int?
        /// How many parts are sent at once.
        public var parallelism: Int
        /// Where checkpoints are kept; nil for none (a failed upload is then aborted).
        public var checkpointDirectory: String?

        /// Creates options.
        public init(partSize: Int? = nil, parallelism: Int = 3, checkpointDirectory: String? = nil) {
            self.partSize = partSize
            self.parallelism = max(1, parallelism)
            self.checkpointDirectory = checkpointDirectory
        }
    }

    /// What an upload made.
    public struct Result: Sendable, Hashable {
        /// The object's ETag.
        public var etag: String
        /// The object's CRC-64, as OSS reported and as checked here.
        public var crc64: UInt64
        /// The parts sent (1 for a single PutObject).
        public var parts: Int
        /// The parts a checkpoint said were already done.
        public var resumedParts: Int
    }

    /// OSS's smallest part but the last.
    public static let minimumPartSize = 100 * 1024
    /// OSS's most parts in one upload.
    public static let maximumParts = 10_000

    let caller: OSSCaller
    let options: Options

    /// An uploader.
    public init(caller: OSSCaller, options: Options = Options()) {
        self.caller = caller
        self.options = options
    }

    /// The part size for a file of `size` bytes.
    public func partSize(for size: Int) -> Int {
        let wanted = max(options.partSize ?? (8 << 20), Self.minimumPartSize)
        let smallest = (size + Self.maximumParts - 1) / Self.maximumParts
        return max(wanted, smallest)
    }

    /// Uploads a file.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - bucket: The bucket.
    ///   - key: The object's key.
    ///   - headers: `Content-Type`, `x-oss-meta-*`, `x-oss-storage-class`, … (sent when the upload starts).
    ///   - progress: Called as OSS acknowledges bytes.
    /// - Returns: The object's ETag and CRC-64, and how many parts were sent and resumed.
    /// - Throws: ``OSSServiceError``, ``OSSIntegrityError``, a transport error, `CancellationError`, or the file's
    ///   read error.
    public func upload(
        file path: String, bucket: String, key: String, headers: OSSHeaders = OSSHeaders(),
        progress: (@Sendable (OSSTransferProgress) -> Void)? = nil
    ) async throws -> Result {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let partSize = partSize(for: size)
        let started = Date()
        if size <= partSize {
            let answer = try await caller.send(
                OSSCall(
                    method: "PUT", bucket: bucket, key: key, headers: headers,
                    body: OSSBody(file: path, offset: 0, length: size),
                    reportsBodyCRC: true))
            progress?(OSSTransferProgress(bytesDone: size, totalBytes: size, resumedBytes: 0, started: started))
            return Result(
                etag: answer.headers["etag"] ?? "",
                crc64: answer.headers["x-oss-hash-crc64ecma"].flatMap(UInt64.init) ?? 0, parts: 1, resumedParts: 0)
        }
        let checkpointPath = options.checkpointDirectory.map {
            OSSUploadCheckpoint.path(directory: $0, naming: [bucket, key, path])
        }
        let identity = OSSUploadCheckpoint.Identity(
            bucket: bucket, key: key, file: path, fileSize: size, modified: modified, partSize: partSize)
        let checkpoint: OSSUploadCheckpoint
        if let checkpointPath, let saved = OSSUploadCheckpoint.load(checkpointPath, matching: identity) {
            checkpoint = saved
        } else {
            checkpoint = OSSUploadCheckpoint(
                identity: identity,
                uploadId: try await OSSMultipartCalls.initiate(caller, bucket: bucket, key: key, headers: headers),
                parts: [])
            try checkpointPath.map { try checkpoint.save(to: $0) }
        }
        let resumed = checkpoint.parts.count
        let count = (size + partSize - 1) / partSize
        do {
            let parts = try await uploadParts(
                count: count, checkpoint: checkpoint, checkpointPath: checkpointPath
            ) { done, resumedBytes in
                progress?(
                    OSSTransferProgress(bytesDone: done, totalBytes: size, resumedBytes: resumedBytes, started: started)
                )
            }
            let result = try await complete(bucket: bucket, key: key, uploadId: checkpoint.uploadId, parts: parts)
            if let checkpointPath { try? FileManager.default.removeItem(atPath: checkpointPath) }
            return Result(etag: result.etag, crc64: result.crc64, parts: count, resumedParts: resumed)
        } catch {
            if checkpointPath == nil {
                // Nothing could resume it: abort, so no part is left behind (and billed).
                await OSSMultipartCalls.abort(caller, bucket: bucket, key: key, uploadId: checkpoint.uploadId)
            }
            throw error
        }
    }

    /// Sends the parts the checkpoint lacks, at most `parallelism` at once, saving the checkpoint after each.
    private func uploadParts(
        count: Int, checkpoint start: OSSUploadCheckpoint, checkpointPath: String?,
        report: (_ done: Int, _ resumedBytes: Int) -> Void
    ) async throws -> [OSSUploadCheckpoint.Part] {
        var checkpoint = start
        let resumedBytes = start.parts.reduce(0) { $0 + $1.size }
        var done = resumedBytes
        let sent = Set(start.parts.map(\.number))
        let identity = start.identity
        let uploadId = start.uploadId
        let caller = self.caller
        try await OSSParallel.run(
            (1...count).filter { !sent.contains($0) }, width: options.parallelism,
            { number in
                let offset = (number - 1) * identity.partSize
                let length = min(identity.partSize, identity.fileSize - offset)
                let answer = try await caller.send(
                    OSSCall(
                        method: "PUT", bucket: identity.bucket, key: identity.key,
                        query: [OSSQueryItem("partNumber", String(number)), OSSQueryItem("uploadId", uploadId)],
                        body: OSSBody(file: identity.file, offset: offset, length: length), isIdempotent: true,
                        reportsBodyCRC: true))
                return OSSUploadCheckpoint.Part(
                    number: number, etag: answer.headers["etag"] ?? "", crc64: answer.sentBodyCRC ?? 0, size: length)
            },
            finished: { part in
                checkpoint.parts.append(part)
                try checkpointPath.map { try checkpoint.save(to: $0) }
                done += part.size
                report(done, resumedBytes)
            })
        return checkpoint.parts.sorted { $0.number < $1.number }
    }

    /// Completes the upload and compares the object's CRC-64 with the one combined from the parts.
    private func complete(bucket: String, key: String, uploadId: String, parts: [OSSUploadCheckpoint.Part])
        async throws -> (etag: String, crc64: UInt64)
    {
        let (answer, etag) = try await OSSMultipartCalls.complete(
            caller, bucket: bucket, key: key, uploadId: uploadId, parts: parts.map { ($0.number, $0.etag) })
        let combined = parts.reduce(UInt64(0)) { CRC64.combine($0, $1.crc64, secondLength: $1.size) }
        if caller.configuration.checksUploadCRC,
            let reported = answer.headers["x-oss-hash-crc64ecma"].flatMap(UInt64.init), reported != combined
        {
            throw OSSIntegrityError(computed: combined, reported: reported, direction: "upload")
        }
        return (etag, combined)
    }
}
