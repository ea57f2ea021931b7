import AliyunOSSRuntime
import AliyunRuntime
import Foundation
import NIOConcurrencyHelpers
import OSSEmulator
import Testing

/// The multipart uploader against the OSS emulator: parts in parallel, CRC-64 combined, resumed from a checkpoint
/// after an interruption, aborted when it cannot be resumed.
@Suite("OSS uploader")
struct OSSUploaderTests {
    static func file(_ size: Int) throws -> (path: String, bytes: [UInt8]) {
        let bytes = OSSCallerTests.pattern(size)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, bytes)
    }

    static func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("checkpoints-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func read(_ caller: OSSCaller, key: String) async throws -> [UInt8] {
        try await caller.send(OSSCall(method: "GET", bucket: "bucket", key: key)).bytes()
    }

    @Test("a file above the part size goes in parallel parts; the object is the file, its CRC-64 the parts' combined")
    func multipart() async throws {
        try await OSSCallerTests.withEmulator { oss, _ in
            let (path, bytes) = try Self.file(1 << 20 + 17)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let reports = NIOLockedValueBox<[OSSTransferProgress]>([])
            let uploader = OSSUploader(caller: oss, options: OSSUploader.Options(partSize: 256 * 1024, parallelism: 3))
            let result = try await uploader.upload(file: path, bucket: "bucket", key: "big.bin") { progress in
                reports.withLockedValue { $0.append(progress) }
            }
            #expect(result.parts == 5)
            #expect(result.etag.hasSuffix("-5\""))
            #expect(result.crc64 == CRC64.checksum(bytes))
            #expect(try await Self.read(oss, key: "big.bin") == bytes)
            let seen = reports.withLockedValue { $0 }
            #expect(seen.count == 5)
            #expect(seen.last?.bytesDone == bytes.count)
            #expect(seen.map(\.bytesDone) == seen.map(\.bytesDone).sorted())
        }
    }

    @Test("a small file goes in one PutObject; the part size grows so that no file needs more than 10,000 parts")
    func small() async throws {
        try await OSSCallerTests.withEmulator { oss, _ in
            let (path, bytes) = try Self.file(1000)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let result = try await OSSUploader(caller: oss).upload(file: path, bucket: "bucket", key: "small.bin")
            #expect(result.parts == 1)
            #expect(try await Self.read(oss, key: "small.bin") == bytes)
            let uploader = OSSUploader(caller: oss, options: OSSUploader.Options(partSize: 1))
            #expect(uploader.partSize(for: 10) == OSSUploader.minimumPartSize)
            #expect(uploader.partSize(for: 100 << 30) == (100 << 30) / 10_000 + 1)
        }
    }

    @Test("interrupted after two parts, the upload resumes from its checkpoint and sends only the rest")
    func resumes() async throws {
        try await OSSCallerTests.withEmulator { oss, emulator in
            let (path, bytes) = try Self.file(6 * 100 * 1024 + 5)
            let checkpoints = try Self.directory()
            defer {
                try? FileManager.default.removeItem(atPath: path)
                try? FileManager.default.removeItem(atPath: checkpoints)
            }
            let options = OSSUploader.Options(partSize: 100 * 1024, parallelism: 1, checkpointDirectory: checkpoints)
            let uploader = OSSUploader(caller: oss, options: options)
            let first = Task {
                try await uploader.upload(file: path, bucket: "bucket", key: "resumed.bin") { progress in
                    if progress.bytesDone >= 2 * 100 * 1024 { withUnsafeCurrentTask { $0?.cancel() } }
                }
            }
            await #expect(throws: CancellationError.self) { _ = try await first.value }
            let saved = try FileManager.default.contentsOfDirectory(atPath: checkpoints)
            #expect(saved.count == 1, "the checkpoint is kept")
            #expect(await emulator.store.bytesHeld == 2 * 100 * 1024, "two parts held, the upload not aborted")
            let result = try await uploader.upload(file: path, bucket: "bucket", key: "resumed.bin")
            #expect(result.resumedParts == 2)
            #expect(result.parts == 7)
            #expect(try await Self.read(oss, key: "resumed.bin") == bytes)
            #expect(try FileManager.default.contentsOfDirectory(atPath: checkpoints).isEmpty, "removed once done")
        }
    }

    @Test("without a checkpoint, a failed upload is aborted: no part is left behind")
    func aborts() async throws {
        let emulator = try await OSSEmulator.start(
            OSSEmulatorConfiguration(
                credentials: [OSSCallerTests.key], maximumObjectBytes: 150 * 1024, maximumTotalBytes: 250 * 1024,
                buckets: ["bucket"]))
        let oss = try OSSCallerTests.caller(emulator.url)
        let (path, _) = try Self.file(4 * 100 * 1024)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let uploader = OSSUploader(caller: oss, options: OSSUploader.Options(partSize: 100 * 1024, parallelism: 1))
        let error = await #expect(throws: OSSServiceError.self) {
            _ = try await uploader.upload(file: path, bucket: "bucket", key: "full.bin")
        }
        #expect(error?.code == "EntityTooLarge")
        #expect(await emulator.store.bytesHeld == 0, "the parts were released by the abort")
        let uploads = try await oss.send(OSSCall(method: "GET", bucket: "bucket", query: [OSSQueryItem("uploads")]))
        #expect(!String(decoding: try await uploads.bytes(), as: UTF8.self).contains("<Upload>"))
        await emulator.stop()
    }
}
