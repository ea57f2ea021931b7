import AliyunRuntime
import ArgumentParser
import EmulatorSupport
import Foundation
import OSSEmulator

/// `oss-emulator`: an offline Object Storage Service on a loopback port, for testing code that stores objects.
@main
struct OSSEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oss-emulator",
        abstract: "An offline OSS: verifies Signature V4 as OSS does and keeps buckets and objects in memory.",
        discussion: """
            The first line on standard output is `listening on http://HOST:PORT`. Requests to that URL are \
            path-style (/BUCKET/KEY); requests whose host is BUCKET.DOMAIN (--domain, default localhost) are \
            virtual-hosted. The access key defaults to ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET \
            and ALIBABA_CLOUD_SECURITY_TOKEN, the variables the clients read. Faults and the request journal are \
            at /_emulator/faults and /_emulator/requests for whoever holds the control token (the second line, when \
            it is generated). SIGINT or SIGTERM stops the server.
            """)

    /// The environment variable the control token may come from.
    static let controlTokenVariable = "OSS_EMULATOR_CONTROL_TOKEN"

    @OptionGroup var common: EmulatorOptions

    @Option(help: "The region buckets live in.")
    var region = "cn-hangzhou"

    @Option(help: "Hosts BUCKET.DOMAIN are virtual-hosted requests.")
    var domain = "localhost"

    @Option(help: "A bucket to create at start (repeatable).")
    var bucket: [String] = []

    @Option(help: "The largest object or part one request may upload, in bytes.")
    var maxObjectBytes = 256 << 20

    @Option(help: "The most bytes held at once, in bytes.")
    var maxTotalBytes = 1 << 30

    @Option(help: "The secret the /_emulator/ endpoints require (default: OSS_EMULATOR_CONTROL_TOKEN, else a new one).")
    var controlToken: String?

    func validate() throws {
        guard maxObjectBytes > 0, maxTotalBytes > 0 else {
            throw ValidationError("--max-object-bytes and --max-total-bytes must be positive")
        }
    }

    func run() async throws {
        let key = try common.credentials()
        if controlToken != nil {
            CommandLineSecret.warn(
                CommandLineSecret.warning(option: "--control-token", environmentVariable: Self.controlTokenVariable))
        }
        let control = try ControlToken.chosen(
            option: controlToken, environment: ProcessInfo.processInfo.environment, variable: Self.controlTokenVariable)
        var configuration = OSSEmulatorConfiguration(
            host: common.host, port: common.port,
            credentials: [key], region: region, domain: domain, maximumObjectBytes: maxObjectBytes,
            maximumTotalBytes: maxTotalBytes,
            buckets: bucket)
        configuration.controlToken = control.token
        let emulator: OSSEmulator
        do {
            emulator = try await OSSEmulator.start(configuration, stopsOnSignals: true)
        } catch let error as OSSEmulatorError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        } catch {
            FileHandle.standardError.write(
                Data("error: cannot listen on \(common.host):\(common.port): \(error)\n".utf8))
            throw ExitCode.failure
        }
        // Written straight to the descriptor, unbuffered: whoever started the emulator waits for this line.
        FileHandle.standardOutput.write(Data("listening on \(emulator.url)\n".utf8))
        if control.generated {
            FileHandle.standardOutput.write(Data("control token: \(control.token.value)\n".utf8))
        }
        try await emulator.waitUntilStopped()
    }
}
