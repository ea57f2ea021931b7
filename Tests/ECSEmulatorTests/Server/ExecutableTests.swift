import AliyunECSImages
import AliyunRuntime
import Foundation
import Testing

/// The `ecs-emulator` executable, run as a process.
@Suite("ecs-emulator, the command")
struct ExecutableTests {
    static var executable: URL {
        productsDirectory.appendingPathComponent("ecs-emulator")
    }

    static var productsDirectory: URL {
        Bundle.allBundles.map(\.bundleURL).first { $0.pathExtension == "xctest" }?.deletingLastPathComponent()
            ?? Bundle.main.bundleURL
    }

    /// Starts the emulator with `arguments` and an environment holding the test key.
    static func launch(_ arguments: [String], withKey: Bool = true) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] = withKey ? EmulatorHarness.key.accessKeyId : nil
        environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = withKey ? EmulatorHarness.key.accessKeySecret : nil
        environment["ALIBABA_CLOUD_SECURITY_TOKEN"] = nil
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    /// The first line the process writes to standard output.
    static func firstLine(of pipe: Pipe) -> String {
        var bytes: [UInt8] = []
        while let byte = try? pipe.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 10 {
            bytes.append(first)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("--port 0 prints the URL first, serves signed calls with the environment's key, persists, stops on SIGTERM")
    func serves() async throws {
        let path = try StateFileTests.temporaryFile(
            #"{"images": [{"imageId": "m-1", "regionId": "cn-hangzhou", "imageName": "from-file"}]}"#)
        let (process, output, _) = try Self.launch(["--host", "127.0.0.1", "--port", "0", "--state", path, "--persist"])
        let line = Self.firstLine(of: output)
        let match = try #require(line.wholeMatch(of: /listening on (http:\/\/127\.0\.0\.1:(\d+))/))
        #expect(Int(match.output.2) != 0)
        let client = ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(String(match.output.1)),
                credentials: StaticCredentialsProvider(EmulatorHarness.key), retry: .disabled))
        let page = try await client.describeImages(.init(regionId: "cn-hangzhou"))
        #expect(page.images?.image?.first?.imageName == "from-file")
        _ = try await client.modifyImageAttribute(.init(regionId: "cn-hangzhou", imageId: "m-1", imageName: "changed"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains(#""imageName" : "changed""#))
    }

    @Test("a bad state file is reported on standard error with a non-zero exit")
    func badState() throws {
        let path = try StateFileTests.temporaryFile(#"{"images": 3}"#)
        let (process, _, errors) = try Self.launch(["--state", path])
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.hasPrefix("\(path): error: images must be an array"), "\(message)")
    }

    @Test("--persist without --state, and no key at all, are usage errors")
    func usageErrors() throws {
        let (persist, _, persistErrors) = try Self.launch(["--persist"])
        persist.waitUntilExit()
        #expect(persist.terminationStatus == 64)
        let text = String(decoding: persistErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.contains("--persist needs --state FILE"))
        let (keyless, _, keylessErrors) = try Self.launch(["--port", "0"], withKey: false)
        keyless.waitUntilExit()
        #expect(keyless.terminationStatus == 64)
        let missing = String(decoding: keylessErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(missing.contains("no access key"))
    }
}
