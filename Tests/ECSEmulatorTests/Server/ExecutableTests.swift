import AliyunECSImages
import AliyunRuntime
import Foundation
import LoopbackServer
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
    static func launch(
        _ arguments: [String], withKey: Bool = true, extraEnvironment: [String: String] = [:]
    ) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] = withKey ? EmulatorHarness.key.accessKeyId : nil
        environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = withKey ? EmulatorHarness.key.accessKeySecret : nil
        environment["ALIBABA_CLOUD_SECURITY_TOKEN"] = nil
        environment["ECS_EMULATOR_CONTROL_TOKEN"] = nil
        environment.merge(extraEnvironment) { _, new in new }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    /// The first line the process prints, read off the cooperative pool (``ProcessRun/offThePool(_:)``).
    static func firstLine(of pipe: Pipe) async -> String {
        let line = try? await ProcessRun.offThePool {
            var bytes: [UInt8] = []
            while let byte = try? pipe.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 10 {
                bytes.append(first)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return line ?? ""
    }

    @Test("--port 0 prints the URL first, serves signed calls with the environment's key, persists, stops on SIGTERM")
    func serves() async throws {
        let path = try StateFileTests.temporaryFile(
            #"{"images": [{"imageId": "m-1", "regionId": "cn-hangzhou", "imageName": "from-file"}]}"#)
        let (process, output, _) = try Self.launch(["--host", "127.0.0.1", "--port", "0", "--state", path, "--persist"])
        let line = await Self.firstLine(of: output)
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
        await ProcessRun.exit(of: process)
        #expect(process.terminationStatus == 0)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains(#""imageName" : "changed""#))
    }

    @Test("a bad state file is reported on standard error with a non-zero exit")
    func badState() async throws {
        let path = try StateFileTests.temporaryFile(#"{"images": 3}"#)
        let (process, _, errors) = try Self.launch(["--state", path])
        await ProcessRun.exit(of: process)
        #expect(process.terminationStatus != 0)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.hasPrefix("\(path): error: images must be an array"), "\(message)")
    }

    @Test("--persist without --state, and no key at all, are usage errors")
    func usageErrors() async throws {
        let (persist, _, persistErrors) = try Self.launch(["--persist"])
        await ProcessRun.exit(of: persist)
        #expect(persist.terminationStatus == 64)
        let text = String(decoding: persistErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.contains("--persist needs --state FILE"))
        let (keyless, _, keylessErrors) = try Self.launch(["--port", "0"], withKey: false)
        await ProcessRun.exit(of: keyless)
        #expect(keyless.terminationStatus == 64)
        let missing = String(decoding: keylessErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(missing.contains("no access key"))
    }

    @Test("a generated control token is the second line; ECS_EMULATOR_CONTROL_TOKEN is used and not printed")
    func controlToken() async throws {
        let (process, output, _) = try Self.launch(["--port", "0"])
        defer { process.terminate() }
        let url = try #require(await Self.firstLine(of: output).wholeMatch(of: /listening on (.+)/)).output.1
        let token = try #require(await Self.firstLine(of: output).wholeMatch(of: /control token: ([0-9a-f]{64})/))
            .output.1
        let transport = AsyncHTTPClientTransport.shared
        let denied = try await transport.send(
            HTTPRequest(method: "GET", url: url + "/_emulator/requests", headers: [], body: []), timeouts: Timeouts())
        #expect(denied.status == 401)
        let allowed = try await transport.send(
            HTTPRequest(
                method: "GET", url: url + "/_emulator/requests", headers: [("Authorization", "Bearer \(token)")],
                body: []), timeouts: Timeouts())
        #expect(allowed.status == 200)

        let (chosen, chosenOutput, _) = try Self.launch(
            ["--port", "0"], extraEnvironment: ["ECS_EMULATOR_CONTROL_TOKEN": "from-env"])
        defer { chosen.terminate() }
        let chosenURL = try #require(await Self.firstLine(of: chosenOutput).wholeMatch(of: /listening on (.+)/)).output
            .1
        let withEnvironmentToken = try await transport.send(
            HTTPRequest(
                method: "GET", url: chosenURL + "/_emulator/faults",
                headers: [("X-Emulator-Control-Token", "from-env")],
                body: []), timeouts: Timeouts())
        #expect(withEnvironmentToken.status == 200)
        chosen.terminate()
        await ProcessRun.exit(of: chosen)
        let rest = String(decoding: chosenOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!rest.contains("from-env"), "a token the user chose is not printed")
    }

    @Test("listening on a non-loopback address warns on standard error")
    func nonLoopbackWarns() async throws {
        let (process, output, errors) = try Self.launch(["--host", "0.0.0.0", "--port", "0"])
        _ = await Self.firstLine(of: output)
        process.terminate()
        await ProcessRun.exit(of: process)
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.contains("warning: listening on 0.0.0.0, not a loopback address"), "\(text)")
        let (quiet, quietOutput, quietErrors) = try Self.launch(["--host", "127.0.0.1", "--port", "0"])
        _ = await Self.firstLine(of: quietOutput)
        quiet.terminate()
        await ProcessRun.exit(of: quiet)
        let none = String(decoding: quietErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!none.contains("warning: listening"))
    }

    @Test("a secret given on the command line (--access-key-secret, --control-token) warns that ps shows it")
    func commandLineSecretsWarn() async throws {
        let (process, output, errors) = try Self.launch(
            ["--port", "0", "--access-key-id", "k", "--access-key-secret", "s", "--control-token", "t"], withKey: false)
        _ = await Self.firstLine(of: output)
        process.terminate()
        await ProcessRun.exit(of: process)
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.contains("warning: --access-key-secret on the command line is visible"), "\(text)")
        #expect(text.contains("warning: --control-token on the command line is visible"), "\(text)")
    }
}
