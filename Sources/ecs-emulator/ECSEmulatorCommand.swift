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

    @Option(help: "The secret the /_emulator/ endpoints require (default: ECS_EMULATOR_CONTROL_TOKEN, else a new one).")
    var controlToken: String?

    @Option(
        help: ArgumentHelp(
            "An OIDC provider of the account, as NAME,ISSUER,CLIENT-ID[,CLIENT-ID…]: AssumeRoleWithOIDC issues keys"
                + " only for tokens of a provider given so (repeatable; with none, it issues none)."))
    var oidcProvider: [String] = []

    @Option(
        help: ArgumentHelp(
            "Which broken documented rules to refuse: enforce (default, as the service does), enforceStable"
                + " (only rules that cannot go stale), or warn or off (accept them all)."))
    var validation = "enforce"

    func validate() throws {
        guard ValidationMode(rawValue: validation) != nil else {
            throw ValidationError(
                "--validation must be one of \(ValidationMode.names)")
        }
        if persist && state == nil { throw ValidationError("--persist needs --state FILE") }
        if let controlToken, ControlToken(controlToken) == nil {
            throw ValidationError("--control-token must be printable ASCII without spaces")
        }
        for provider in oidcProvider where OIDCProvider(argument: provider) == nil {
            throw ValidationError("--oidc-provider must be NAME,ISSUER,CLIENT-ID[,CLIENT-ID…], not \(provider)")
        }
    }

    /// The control token: the option's, else the environment's, else a new one (to be printed).
    func chosenControlToken(_ environment: [String: String]) throws -> (token: ControlToken, generated: Bool) {
        try ControlToken.chosen(
            option: controlToken, environment: environment, variable: ControlToken.environmentVariable)
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
        configuration.validation = ValidationMode(rawValue: validation) ?? .enforce
        if controlToken != nil {
            CommandLineSecret.warn(
                CommandLineSecret.warning(
                    option: "--control-token", environmentVariable: ControlToken.environmentVariable))
        }
        let control = try chosenControlToken(environment)
        configuration.controlToken = control.token
        configuration.oidcProviders = oidcProvider.compactMap(OIDCProvider.init(argument:))
        if !ListenAddress.isLoopback(common.host) {
            FileHandle.standardError.write(
                Data(
                    ("warning: listening on \(common.host), not a loopback address: any host that reaches this port can call "
                        + "the emulator with its keys and, with the control token, change its state; prefer 127.0.0.1\n")
                        .utf8))
        }
        do {
            emulator = try await ECSEmulator.start(configuration, stopsOnSignals: true)
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
