import AliyunRuntime
import ArgumentParser
import ECSEmulator
import EmulatorSupport
import Foundation

/// `ecs-emulator`: an offline ECS on a loopback port, for testing code that calls ECS.
@main
struct ECSEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ecs-emulator",
        abstract: "An offline ECS: verifies V3 and V1 signatures as Alibaba Cloud does and keeps images in memory.",
        discussion: """
            The first line on standard output is `listening on http://HOST:PORT`. The access key defaults to \
            ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN, the \
            variables the clients read. Test endpoints live under /_emulator/ (faults, requests, state) and need the \
            control token (--control-token, or ECS_EMULATOR_CONTROL_TOKEN; otherwise one is generated and printed \
            as the second line, `control token: TOKEN`), sent as `Authorization: Bearer TOKEN` or \
            `X-Emulator-Control-Token: TOKEN`. SIGINT or SIGTERM stops the server.
            """)

    @OptionGroup var common: EmulatorOptions

    @Option(help: "A JSON file of images to start with (see EmulatorState).")
    var state: String?

    @Flag(help: "Write every change back to the --state file, atomically.")
    var persist = false

    @OptionGroup var api: SignedAPIOptions

    func validate() throws {
        try api.validate { OIDCProvider(argument: $0) != nil }
        if persist && state == nil { throw ValidationError("--persist needs --state FILE") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let key = try common.credentials(environment: environment)
        var initial = EmulatorState()
        let file = state.map(StateFile.init(path:))
        if let file {
            do throws(StateFileError) {
                initial = try file.read()
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode.failure
            }
        }
        let emulator: ECSEmulator
        var configuration = EmulatorConfiguration(
            host: common.host, port: common.port,
            credentials: [key],
            state: initial, persistTo: persist ? file : nil)
        configuration.validation = api.validationMode
        let control = try api.chosenControlToken(environment)
        configuration.controlToken = control.token
        configuration.oidcProviders = api.oidcProvider.compactMap(OIDCProvider.init(argument:))
        SignedAPIOptions.warnUnlessLoopback(common.host)
        do {
            emulator = try await ECSEmulator.start(configuration, stopsOnSignals: true)
        } catch {
            FileHandle.standardError.write(
                Data("error: cannot listen on \(common.host):\(common.port): \(error)\n".utf8))
            throw ExitCode.failure
        }
        SignedAPIOptions.announce(url: emulator.url, control: control)
        try await emulator.waitUntilStopped()
    }
}
