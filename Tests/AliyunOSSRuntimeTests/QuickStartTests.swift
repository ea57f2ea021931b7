import AliyunOSSRuntime
import AliyunRuntime
import Foundation
import NIOConcurrencyHelpers
import Testing

/// The README's OSS quick start, the same calls, against the emulator instead of a region's endpoint.
@Suite("README: OSS quick start")
struct QuickStartTests {
    @Test("upload with progress and a checkpoint directory, then a presigned link that fetches the file")
    func quickStart() async throws {
        try await OSSCallerTests.withEmulator { _, emulator in
            let oss = OSSCaller(
                configuration: try OSSClientConfiguration(
                    region: "cn-hangzhou", endpoint: OSSEndpoint(emulator.url),
                    credentials: StaticCredentialsProvider(OSSCallerTests.key)))
            let bytes = OSSCallerTests.pattern(9 << 20)
            let path = NSTemporaryDirectory() + "quick-start-\(UUID().uuidString).mp4"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let reports = NIOLockedValueBox(0)
            let uploader = OSSUploader(caller: oss, options: .init(checkpointDirectory: NSTemporaryDirectory()))
            let result = try await uploader.upload(file: path, bucket: "bucket", key: "videos/video.mp4") { _ in
                reports.withLockedValue { $0 += 1 }
            }
            #expect(result.parts == 2, "9 MiB in the default 8 MiB parts")
            #expect(reports.withLockedValue { $0 } == 2)
            let link = try await oss.presign(
                OSSCall(method: "GET", bucket: "bucket", key: "videos/video.mp4"), expires: .seconds(3600))
            let fetched = try await AsyncHTTPClientTransport.shared.send(
                HTTPRequest(method: "GET", url: link, headers: [], body: []), timeouts: Timeouts())
            #expect(fetched.body == bytes)
        }
    }
}
