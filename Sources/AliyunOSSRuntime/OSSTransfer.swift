import AliyunRuntime

/// A transfer running in a task of its own: its progress as an `AsyncStream`, its result awaited, cancellable.
///
/// ```swift
/// let transfer = uploader.start(file: path, bucket: "my-bucket", key: "videos/video.mp4")
/// Task { for await report in transfer.progress { print(Int(report.fraction * 100), "%") } }
/// let result = try await transfer.result
/// ```
///
/// The stream holds the newest report only, so a slow reader sees the latest progress and memory stays bounded; it
/// ends when the transfer does. A reader that stops reading does not stop the transfer; ``cancel()`` does (an upload
/// with a checkpoint directory can then be resumed, one without is aborted).
public struct OSSTransfer<Result: Sendable>: Sendable {
    /// The reports, newest only, as bytes are acknowledged; finished when the transfer ends.
    public let progress: AsyncStream<OSSTransferProgress>
    private let task: Task<Result, any Error>

    /// Runs `work` in a new task, handing it the function that reports its progress.
    ///
    /// - Parameter work: The transfer, given a progress callback.
    public init(_ work: @escaping @Sendable (@escaping @Sendable (OSSTransferProgress) -> Void) async throws -> Result)
    {
        let (stream, continuation) = AsyncStream.makeStream(
            of: OSSTransferProgress.self, bufferingPolicy: .bufferingNewest(1))
        progress = stream
        task = Task {
            defer { continuation.finish() }
            return try await work { continuation.yield($0) }
        }
    }

    /// The transfer's result, once it ends.
    ///
    /// - Throws: What the transfer throws; `CancellationError` after ``cancel()``.
    public var result: Result {
        get async throws { try await task.value }
    }

    /// Cancels the transfer.
    public func cancel() {
        task.cancel()
    }
}

extension OSSUploader {
    /// Starts uploading a file in a task of its own; see ``upload(file:bucket:key:headers:progress:)``.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - bucket: The bucket.
    ///   - key: The object's key.
    ///   - headers: `Content-Type`, `x-oss-meta-*`, `x-oss-storage-class`, … (sent when the upload starts).
    /// - Returns: The running transfer: its progress stream and its result.
    public func start(file path: String, bucket: String, key: String, headers: OSSHeaders = OSSHeaders())
        -> OSSTransfer<Result>
    {
        OSSTransfer { report in
            try await upload(file: path, bucket: bucket, key: key, headers: headers, progress: report)
        }
    }
}

extension OSSDownloader {
    /// Starts downloading an object to a file in a task of its own; see ``download(bucket:key:to:progress:)``.
    ///
    /// - Parameters:
    ///   - bucket: The bucket.
    ///   - key: The object's key.
    ///   - destination: The file to write (replaced atomically once every byte is checked).
    /// - Returns: The running transfer: its progress stream and its result.
    public func start(bucket: String, key: String, to destination: String) -> OSSTransfer<Result> {
        OSSTransfer { report in try await download(bucket: bucket, key: key, to: destination, progress: report) }
    }
}
