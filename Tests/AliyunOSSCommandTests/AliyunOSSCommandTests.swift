import AliyunRuntime
import Foundation
import OSSEmulator
import Testing

/// The `aliyun-oss` binary, run as a user runs it, against the OSS emulator.
@Suite("aliyun-oss")
struct AliyunOSSCommandTests {
    static let key = Credentials(accessKeyId: "LTAI-cli", accessKeySecret: "cli-secret")

    /// Runs the binary beside the test bundle with the emulator's keys and endpoint.
    static func run(_ arguments: [String], endpoint: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let candidates = [
            Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("aliyun-oss") }
        let process = Process()
        process.executableURL =
            candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
        process.arguments = arguments + ["--region", "cn-hangzhou", "--endpoint", endpoint, "--path-style"]
        process.environment = [
            "ALIBABA_CLOUD_ACCESS_KEY_ID": key.accessKeyId, "ALIBABA_CLOUD_ACCESS_KEY_SECRET": key.accessKeySecret,
            "HOME": FileManager.default.temporaryDirectory.path,
        ]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    @Test("cp up and down (multipart and ranged above the part size), ls, presign, rm, and an error")
    func roundTrip() async throws {
        let emulator = try await OSSEmulator.start(
            OSSEmulatorConfiguration(credentials: [Self.key], buckets: ["cli-bucket"]))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = (0..<(300 * 1024 + 7)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let source = directory.appendingPathComponent("photo 1.jpg")
        try Data(bytes).write(to: source)

        let up = try Self.run(
            ["cp", source.path, "oss://cli-bucket/photos/", "--part-size", "102400", "--content-type", "image/jpeg"],
            endpoint: emulator.url)
        #expect(up.status == 0, "\(up.stderr)")
        #expect(up.stdout.hasPrefix("uploaded \(bytes.count) bytes to oss://cli-bucket/photos/photo 1.jpg in "))
        let target = directory.appendingPathComponent("back.jpg")
        let down = try Self.run(
            ["cp", "oss://cli-bucket/photos/photo 1.jpg", target.path, "--part-size", "65536"], endpoint: emulator.url)
        #expect(down.status == 0, "\(down.stderr)")
        #expect(try Data(contentsOf: target) == Data(bytes))

        let listed = try Self.run(["ls", "oss://cli-bucket/"], endpoint: emulator.url)
        #expect(listed.stdout.contains("oss://cli-bucket/photos/"))
        let recursive = try Self.run(["ls", "-r", "oss://cli-bucket/"], endpoint: emulator.url)
        #expect(recursive.stdout.contains("\(bytes.count)  "))
        #expect(recursive.stdout.contains("oss://cli-bucket/photos/photo 1.jpg"))
        let buckets = try Self.run(["ls"], endpoint: emulator.url)
        #expect(buckets.stdout.contains("oss://cli-bucket"))

        let link = try Self.run(
            ["presign", "oss://cli-bucket/photos/photo 1.jpg", "--expires", "60"], endpoint: emulator.url)
        let fetched = try await AsyncHTTPClientTransport.shared.send(
            HTTPRequest(
                method: "GET", url: link.stdout.trimmingCharacters(in: .whitespacesAndNewlines), headers: [], body: []),
            timeouts: Timeouts())
        #expect(fetched.status == 200)
        #expect(fetched.body == bytes)

        #expect(try Self.run(["rm", "oss://cli-bucket/photos/photo 1.jpg"], endpoint: emulator.url).status == 0)
        let missing = try Self.run(["cp", "oss://cli-bucket/photos/photo 1.jpg", target.path], endpoint: emulator.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error: OSS answered 404 NoSuchKey"))
        let wrong = try Self.run(["cp", source.path, directory.path], endpoint: emulator.url)
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("one side must be a file and the other oss://BUCKET/KEY"))
        await emulator.stop()
    }
}
