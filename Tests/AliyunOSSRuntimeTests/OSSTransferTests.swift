import AliyunOSSRuntime
import AliyunRuntime
import Foundation
import OSSEmulator
import Testing

/// Transfers started in a task of their own: progress read as an `AsyncStream` while the bytes move, the result
/// awaited, cancellation aborting an upload that has no checkpoint.
@Suite("OSS transfers: progress as an AsyncStream")
struct OSSTransferTests {
    @Test("an upload's and a download's reports arrive as a stream that ends with the transfer, at 100 %")
    func progressStreams() async throws {
        try await OSSCallerTests.withEmulator { oss, _ in
            let (path, bytes) = try OSSUploaderTests.file(5 * 100 * 1024)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let uploader = OSSUploader(caller: oss, options: OSSUploader.Options(partSize: 100 * 1024, parallelism: 2))
            let upload = uploader.start(file: path, bucket: "bucket", key: "streamed.bin")
            var reports: [OSSTransferProgress] = []
            for await report in upload.progress { reports.append(report) }
            let result = try await upload.result
            #expect(result.parts == 5)
            #expect(!reports.isEmpty)
            #expect(reports.last?.bytesDone == bytes.count)
            #expect(reports.last?.fraction == 1)
            #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.bytesDone <= $1.bytesDone })

            let destination = NSTemporaryDirectory() + "streamed-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: destination) }
            let downloader = OSSDownloader(
                caller: oss, options: OSSDownloader.Options(partSize: 128 * 1024, parallelism: 2))
            let download = downloader.start(bucket: "bucket", key: "streamed.bin", to: destination)
            var last: OSSTransferProgress?
            for await report in download.progress { last = report }
            #expect(try await download.result.size == bytes.count)
            #expect(last?.fraction == 1)
            #expect(try Data(contentsOf: URL(fileURLWithPath: destination)) == Data(bytes))
        }
    }

    @Test("cancelling a transfer without a checkpoint ends its stream and aborts the upload: no part is left")
    func cancel() async throws {
        try await OSSCallerTests.withEmulator { oss, emulator in
            let (path, _) = try OSSUploaderTests.file(8 * 100 * 1024)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let uploader = OSSUploader(caller: oss, options: OSSUploader.Options(partSize: 100 * 1024, parallelism: 1))
            let upload = uploader.start(file: path, bucket: "bucket", key: "cancelled.bin")
            for await report in upload.progress where report.bytesDone >= 2 * 100 * 1024 {
                upload.cancel()
            }
            await #expect(throws: CancellationError.self) { _ = try await upload.result }
            #expect(await emulator.store.bytesHeld == 0, "the multipart upload was aborted")
        }
    }
}
