import AliyunRuntime
import Foundation
import NIOCore

/// Downloads an object of any size to a file: ranges of ``Options/partSize`` read in parallel (each pinned to the
/// object's ETag with `If-Match`, so a changed object fails instead of mixing versions), each streamed straight to
/// its place in a temporary file beside the destination, the CRC-64 combined from the ranges compared with the
/// object's, and the file renamed into place only then: the destination is never half-written. With a checkpoint
/// directory an interrupted download resumes where it stopped.
public struct OSSDownloader: Sendable {
    /// How downloads are cut up and kept.
    public struct Options: Sendable {
        /// The size of each range.
        public var partSize: Int
        /// How many ranges are read at once.
        public var parallelism: Int
        /// Where checkpoints are kept; nil for none.
        public var checkpointDirectory: String?

        /// Creates options.
        public init(partSize: Int = 8 << 20, parallelism: Int = 3, checkpointDirectory: String? = nil) {
            self.partSize = max(1, partSize)
            self.parallelism = max(1, parallelism)
            self.checkpointDirectory = checkpointDirectory
        }
    }

    /// What a download read.
    public struct Result: Sendable, Hashable {
        /// The object's size.
        public var size: Int
        /// The object's ETag.
        public var etag: String
        /// The CRC-64 of the bytes written (compared with the object's when OSS reports it).
        public var crc64: UInt64
        /// The ranges a checkpoint said were already written.
        public var resumedRanges: Int
    }

    let caller: OSSCaller
    let options: Options

    /// A downloader.
    public init(caller: OSSCaller, options: Options = Options()) {
        self.caller = caller
        self.options = options
    }

    /// Downloads `bucket`/`key` to the file at `destination`.
    ///
    /// - Parameters:
    ///   - bucket: The bucket.
    ///   - key: The object's key.
    ///   - destination: The file to write (replaced atomically once every byte is checked).
    ///   - progress: Called as ranges are written.
    /// - Returns: The object's size, ETag and CRC-64, and how many ranges were resumed.
    /// - Throws: ``OSSServiceError`` (`PreconditionFailed` when the object changed meanwhile),
    ///   ``OSSIntegrityError``, a transport error, `CancellationError`, or the file's write error.
    public func download(
        bucket: String, key: String, to destination: String,
        progress: (@Sendable (OSSTransferProgress) -> Void)? = nil
    ) async throws -> Result {
        let head = try await caller.send(OSSCall(method: "HEAD", bucket: bucket, key: key))
        let size = head.headers["content-length"].flatMap(Int.init) ?? 0
        let etag = head.headers["etag"] ?? ""
        let reported = head.headers["x-oss-hash-crc64ecma"].flatMap(UInt64.init)
        let temporary = destination + ".ossdownload"
        let checkpointPath = options.checkpointDirectory.map {
            OSSDownloadCheckpoint.path(directory: $0, naming: [bucket, key, destination])
        }
        let identity = OSSDownloadCheckpoint.Identity(
            bucket: bucket, key: key, etag: etag, size: size, partSize: options.partSize, destination: destination)
        var checkpoint = OSSDownloadCheckpoint(identity: identity, ranges: [])
        if let checkpointPath, let saved = OSSDownloadCheckpoint.load(checkpointPath, matching: identity),
            FileManager.default.fileExists(atPath: temporary)
        {
            checkpoint = saved
        } else {
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
            }
        }
        let resumed = checkpoint.ranges.count
        let started = Date()
        do {
            let ranges = try await readRanges(
                temporary: temporary, checkpoint: checkpoint, checkpointPath: checkpointPath
            ) { done, resumedBytes in
                progress?(
                    OSSTransferProgress(bytesDone: done, totalBytes: size, resumedBytes: resumedBytes, started: started)
                )
            }
            let crc = ranges.reduce(UInt64(0)) { CRC64.combine($0, $1.crc64, secondLength: $1.size) }
            if caller.configuration.checksDownloadCRC, let reported, reported != crc {
                throw OSSIntegrityError(computed: crc, reported: reported, direction: "download")
            }
            // rename(2) replaces the destination in one step: a reader sees the old file or the new, never a part.
            guard rename(temporary, destination) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination])
            }
            if let checkpointPath { try? FileManager.default.removeItem(atPath: checkpointPath) }
            return Result(size: size, etag: etag, crc64: crc, resumedRanges: resumed)
        } catch {
            if checkpointPath == nil || error is OSSIntegrityError {
                try? FileManager.default.removeItem(atPath: temporary)
                if let checkpointPath { try? FileManager.default.removeItem(atPath: checkpointPath) }
            }
            throw error
        }
    }

    /// Reads the ranges the checkpoint lacks, at most `parallelism` at once, each written at its offset.
    private func readRanges(
        temporary: String, checkpoint start: OSSDownloadCheckpoint, checkpointPath: String?,
        report: (_ done: Int, _ resumedBytes: Int) -> Void
    ) async throws -> [OSSDownloadCheckpoint.Range] {
        var checkpoint = start
        let resumedBytes = start.ranges.reduce(0) { $0 + $1.size }
        var done = resumedBytes
        let written = Set(start.ranges.map(\.index))
        let identity = start.identity
        let count = max(1, (identity.size + identity.partSize - 1) / identity.partSize)
        let caller = self.caller
        try await OSSParallel.run(
            (0..<count).filter { !written.contains($0) }, width: options.parallelism,
            { index in
                let offset = index * identity.partSize
                let length = min(identity.partSize, identity.size - offset)
                var headers = OSSHeaders()
                if !identity.etag.isEmpty { headers.set("If-Match", identity.etag) }
                if identity.size > 0 { headers.set("Range", "bytes=\(offset)-\(offset + length - 1)") }
                let answer = try await caller.send(
                    OSSCall(method: "GET", bucket: identity.bucket, key: identity.key, headers: headers))
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
                defer { try? handle.close() }
                try handle.seek(toOffset: UInt64(offset))
                var crc = CRC64()
                var received = 0
                for try await chunk in answer.body {
                    chunk.withUnsafeReadableBytes { crc.update($0) }
                    try handle.write(contentsOf: Data(chunk.readableBytesView))
                    received += chunk.readableBytes
                }
                guard received == length else {
                    throw TransportError(
                        kind: .exchange, message: "range \(offset)-\(offset + length - 1) answered \(received) bytes")
                }
                return OSSDownloadCheckpoint.Range(index: index, crc64: crc.value, size: length)
            },
            finished: { range in
                checkpoint.ranges.append(range)
                try checkpointPath.map { try checkpoint.save(to: $0) }
                done += range.size
                report(done, resumedBytes)
            })
        return checkpoint.ranges.sorted { $0.index < $1.index }
    }
}
