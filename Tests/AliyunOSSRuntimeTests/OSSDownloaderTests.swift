import AliyunOSSRuntime
import AliyunRuntime
import Foundation
import LoopbackServer
import OSSEmulator
import Testing

/// The ranged downloader against the OSS emulator, and against an answer whose bytes are corrupted.
@Suite("OSS downloader")
struct OSSDownloaderTests {
    static func destination() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("download-\(UUID().uuidString)").path
    }

    static func put(_ oss: OSSCaller, key: String, size: Int, seed: Int = 0) async throws -> [UInt8] {
        let bytes = OSSCallerTests.pattern(size, seed: seed)
        _ = try await oss.send(OSSCall(method: "PUT", bucket: "bucket", key: key, body: OSSBody(bytes: bytes)))
        return bytes
    }

    @Test("ranges read in parallel land in place; the file appears only once its CRC-64 matches the object's")
    func parallel() async throws {
        try await OSSCallerTests.withEmulator { oss, _ in
            let bytes = try await Self.put(oss, key: "big.bin", size: 1 << 20 + 17)
            let destination = Self.destination()
            defer { try? FileManager.default.removeItem(atPath: destination) }
            let downloader = OSSDownloader(
                caller: oss, options: OSSDownloader.Options(partSize: 256 * 1024, parallelism: 3))
            let result = try await downloader.download(bucket: "bucket", key: "big.bin", to: destination)
            #expect(result.size == bytes.count)
            #expect(result.crc64 == CRC64.checksum(bytes))
            #expect(try Data(contentsOf: URL(fileURLWithPath: destination)) == Data(bytes))
            #expect(!FileManager.default.fileExists(atPath: destination + ".ossdownload"))
            _ = try await Self.put(oss, key: "empty", size: 0)
            let empty = try await downloader.download(bucket: "bucket", key: "empty", to: destination)
            #expect(empty.size == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: destination)).isEmpty)
        }
    }

    @Test("interrupted, it resumes from its checkpoint; an object changed meanwhile starts over")
    func resumes() async throws {
        try await OSSCallerTests.withEmulator { oss, _ in
            _ = try await Self.put(oss, key: "resumed.bin", size: 600 * 1024 + 3)
            let destination = Self.destination()
            let checkpoints = FileManager.default.temporaryDirectory.appendingPathComponent("dl-\(UUID().uuidString)")
                .path
            try FileManager.default.createDirectory(atPath: checkpoints, withIntermediateDirectories: true)
            defer {
                try? FileManager.default.removeItem(atPath: destination)
                try? FileManager.default.removeItem(atPath: checkpoints)
            }
            let options = OSSDownloader.Options(partSize: 100 * 1024, parallelism: 1, checkpointDirectory: checkpoints)
            let downloader = OSSDownloader(caller: oss, options: options)
            let first = Task {
                try await downloader.download(bucket: "bucket", key: "resumed.bin", to: destination) { progress in
                    if progress.bytesDone >= 2 * 100 * 1024 { withUnsafeCurrentTask { $0?.cancel() } }
                }
            }
            await #expect(throws: CancellationError.self) { _ = try await first.value }
            #expect(!FileManager.default.fileExists(atPath: destination), "never half-written")
            let result = try await downloader.download(bucket: "bucket", key: "resumed.bin", to: destination)
            #expect(result.resumedRanges == 2)
            #expect(result.crc64 == CRC64.checksum(try Array(Data(contentsOf: URL(fileURLWithPath: destination)))))

            let interrupted = Task {
                try await downloader.download(bucket: "bucket", key: "resumed.bin", to: destination + "2") { progress in
                    if progress.bytesDone >= 100 * 1024 { withUnsafeCurrentTask { $0?.cancel() } }
                }
            }
            await #expect(throws: CancellationError.self) { _ = try await interrupted.value }
            let changed = try await Self.put(oss, key: "resumed.bin", size: 600 * 1024 + 3, seed: 9)
            let again = try await downloader.download(bucket: "bucket", key: "resumed.bin", to: destination + "2")
            #expect(again.resumedRanges == 0, "a new ETag: nothing of the old object is kept")
            #expect(try Data(contentsOf: URL(fileURLWithPath: destination + "2")) == Data(changed))
            try? FileManager.default.removeItem(atPath: destination + "2")
        }
    }

    @Test("bytes whose CRC-64 is not the object's fail with OSSIntegrityError and leave no file")
    func corrupted() async throws {
        let server = try await LoopbackServer { request in
            let crc = String(CRC64.checksum(Array("0123456789".utf8)))
            if request.method == "HEAD" {
                return .respond(
                    status: 200, headers: ["content-length": "10", "etag": "\"E\"", "x-oss-hash-crc64ecma": crc],
                    body: "", delay: .zero)
            }
            return .respond(status: 206, headers: ["x-oss-hash-crc64ecma": crc], body: "01234X6789", delay: .zero)
        }
        let destination = Self.destination()
        let downloader = OSSDownloader(caller: try OSSCallerTests.caller(server.url))
        await #expect(throws: OSSIntegrityError.self) {
            _ = try await downloader.download(bucket: "b", key: "k", to: destination)
        }
        #expect(!FileManager.default.fileExists(atPath: destination))
        #expect(!FileManager.default.fileExists(atPath: destination + ".ossdownload"))
        try await server.stop()
    }
}
