import AliyunRuntime
import Foundation
import LoopbackServer
import OSSEmulator
import Testing

/// The `aliyun-oss` binary, run as a user runs it, against the OSS emulator.
@Suite("aliyun-oss")
struct AliyunOSSCommandTests {
    static let key = Credentials(accessKeyId: "LTAI-cli", accessKeySecret: "cli-secret")

    /// The options every run adds: the emulator as endpoint, path-style.
    static func options(_ endpoint: String) -> [String] {
        ["--region", "cn-hangzhou", "--endpoint", endpoint, "--path-style"]
    }

    /// The emulator's key, and a home without profiles.
    static let environment = [
        "ALIBABA_CLOUD_ACCESS_KEY_ID": key.accessKeyId, "ALIBABA_CLOUD_ACCESS_KEY_SECRET": key.accessKeySecret,
        "HOME": FileManager.default.temporaryDirectory.path,
    ]

    /// Runs `aliyun-oss` to its end against the emulator (``ProcessRun`` waits off the cooperative pool, which the
    /// emulator in this very process needs).
    static func run(_ arguments: [String], endpoint: String) async throws -> ProcessRun.Output {
        try await ProcessRun.run(
            ProcessRun.product("aliyun-oss"), arguments + options(endpoint), environment: environment)
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

        let up = try await Self.run(
            ["cp", source.path, "oss://cli-bucket/photos/", "--part-size", "102400", "--content-type", "image/jpeg"],
            endpoint: emulator.url)
        #expect(up.status == 0, "\(up.stderr)")
        #expect(up.stdout.hasPrefix("uploaded \(bytes.count) bytes to oss://cli-bucket/photos/photo 1.jpg in "))
        let target = directory.appendingPathComponent("back.jpg")
        let down = try await Self.run(
            ["cp", "oss://cli-bucket/photos/photo 1.jpg", target.path, "--part-size", "65536"], endpoint: emulator.url)
        #expect(down.status == 0, "\(down.stderr) \(down.stdout)")
        #expect(try Data(contentsOf: target) == Data(bytes))

        let listed = try await Self.run(["ls", "oss://cli-bucket/"], endpoint: emulator.url)
        #expect(listed.stdout.contains("oss://cli-bucket/photos/"))
        let recursive = try await Self.run(["ls", "-r", "oss://cli-bucket/"], endpoint: emulator.url)
        #expect(recursive.stdout.contains("\(bytes.count)  "))
        #expect(recursive.stdout.contains("oss://cli-bucket/photos/photo 1.jpg"))
        let buckets = try await Self.run(["ls"], endpoint: emulator.url)
        #expect(buckets.stdout.contains("oss://cli-bucket"))

        let link = try await Self.run(
            ["presign", "oss://cli-bucket/photos/photo 1.jpg", "--expires", "60"], endpoint: emulator.url)
        let fetched = try await AsyncHTTPClientTransport.shared.send(
            HTTPRequest(
                method: "GET", url: link.stdout.trimmingCharacters(in: .whitespacesAndNewlines), headers: [], body: []),
            timeouts: Timeouts())
        #expect(fetched.status == 200)
        #expect(fetched.body == bytes)

        #expect(try await Self.run(["rm", "oss://cli-bucket/photos/photo 1.jpg"], endpoint: emulator.url).status == 0)
        let missing = try await Self.run(
            ["cp", "oss://cli-bucket/photos/photo 1.jpg", target.path], endpoint: emulator.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error: OSS answered 404 NoSuchKey"))
        let wrong = try await Self.run(["cp", source.path, directory.path], endpoint: emulator.url)
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("one side must be a file and the other oss://BUCKET/KEY"))
        await emulator.stop()
    }

    /// The checksum a `cp` summary gives (`…, CRC-64 N` or `…, CRC-64 N, K parts resumed…`).
    static func crc(in output: String) -> String? {
        guard let range = output.range(of: "CRC-64 ") else { return nil }
        let digits = output[range.upperBound...].prefix { $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }

    @Test("killed mid-upload (SIGKILL), the upload resumes from its checkpoint and the object's CRC-64 is right")
    func killedAndResumed() async throws {
        let emulator = try await OSSEmulator.start(
            OSSEmulatorConfiguration(credentials: [Self.key], maximumTotalBytes: 64 << 20, buckets: ["cli-bucket"]))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kill-\(UUID().uuidString)")
        let checkpoints = directory.appendingPathComponent("checkpoints")
        try FileManager.default.createDirectory(at: checkpoints, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // 4 MiB written block by block: building it byte by byte in a debug test would hold a thread of the small
        // cooperative pool for seconds, and starve the tests running beside this one.
        let source = directory.appendingPathComponent("large.bin")
        var block = Data(count: 64 << 10)
        _ = FileManager.default.createFile(atPath: source.path, contents: nil)
        let writer = try FileHandle(forWritingTo: source)
        for index in 0..<64 {
            block.withUnsafeMutableBytes { bytes in
                for offset in stride(from: 0, to: bytes.count, by: 4096) {
                    bytes[offset] = UInt8(truncatingIfNeeded: index &+ offset)
                }
            }
            try writer.write(contentsOf: block)
        }
        try writer.close()
        let arguments = [
            "cp", source.path, "oss://cli-bucket/large.bin", "--part-size", "102400", "--parallel", "1",
            "--checkpoint-dir", checkpoints.path,
        ]
        let first = Process()
        first.executableURL = ProcessRun.product("aliyun-oss")
        first.arguments = arguments + Self.options(emulator.url)
        first.environment = Self.environment
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        // Kill it once the checkpoint records a few parts: a crash, not a cancellation (nothing runs after SIGKILL).
        var recorded = 0
        for _ in 0..<600 where first.isRunning {
            if let name = try FileManager.default.contentsOfDirectory(atPath: checkpoints.path).first,
                let data = FileManager.default.contents(atPath: checkpoints.appendingPathComponent(name).path),
                let text = String(data: data, encoding: .utf8)
            {
                recorded = text.components(separatedBy: "\"etag\"").count - 1
                if recorded >= 3 { break }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(first.isRunning, "the upload ended before it could be killed")
        kill(first.processIdentifier, SIGKILL)
        await ProcessRun.exit(of: first)
        #expect(first.terminationReason == Process.TerminationReason.uncaughtSignal)
        #expect(recorded >= 3)

        let second = try await Self.run(arguments, endpoint: emulator.url)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("parts resumed from the checkpoint"), "\(second.stdout)")
        let target = directory.appendingPathComponent("back.bin")
        let back = try await Self.run(["cp", "oss://cli-bucket/large.bin", target.path], endpoint: emulator.url)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(FileManager.default.contentsEqual(atPath: source.path, andPath: target.path))
        // The upload's CRC-64 (combined from the parts of both runs, and compared with OSS's) is the download's.
        let uploaded = Self.crc(in: second.stdout)
        #expect(uploaded != nil)
        #expect(uploaded == Self.crc(in: back.stdout))
        await emulator.stop()
    }
}
