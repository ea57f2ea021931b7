import AliyunRuntime
import ArgumentParser
import ECSEmulator
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

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 0

    @Option(help: "A JSON file of images to start with (see EmulatorState).")
    var state: String?

    @Flag(help: "Write every change back to the --state file, atomically.")
    var persist = false

    @Option(help: "The access key ID to accept (default: ALIBABA_CLOUD_ACCESS_KEY_ID).")
    var accessKeyId: String?

    @Option(help: "Its secret (default: ALIBABA_CLOUD_ACCESS_KEY_SECRET).")
    var accessKeySecret: String?

    @Option(help: "An STS token the key must come with (default: ALIBABA_CLOUD_SECURITY_TOKEN).")
    var securityToken: String?

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
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if let controlToken, ControlToken(controlToken) == nil {
            throw ValidationError("--control-token must be printable ASCII without spaces")
        }
        for provider in oidcProvider where OIDCProvider(argument: provider) == nil {
            throw ValidationError("--oidc-provider must be NAME,ISSUER,CLIENT-ID[,CLIENT-ID…], not \(provider)")
        }
    }

    /// The control token: the option's, else the environment's, else a new one (to be printed).
    func chosenControlToken(_ environment: [String: String]) throws -> (token: ControlToken, generated: Bool) {
        guard
            let text = controlToken ?? environment[ControlToken.environmentVariable].flatMap({ $0.isEmpty ? nil : $0 })
        else { return (.generated(), true) }
        guard let token = ControlToken(text) else {
            throw ValidationError("\(ControlToken.environmentVariable) must be printable ASCII without spaces")
        }
        return (token, false)
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard let id = accessKeyId ?? environment["ALIBABA_CLOUD_ACCESS_KEY_ID"], !id.isEmpty,
            let secret = accessKeySecret ?? environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"], !secret.isEmpty
        else {
            throw ValidationError(
                "no access key: give --access-key-id and --access-key-secret, or set ALIBABA_CLOUD_ACCESS_KEY_ID "
                    + "and ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        }
        let token = (securityToken ?? environment["ALIBABA_CLOUD_SECURITY_TOKEN"]).flatMap { $0.isEmpty ? nil : $0 }
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
            host: host, port: port,
            credentials: [Credentials(accessKeyId: id, accessKeySecret: secret, securityToken: token)],
            state: initial, persistTo: persist ? file : nil)
        configuration.validation = ValidationMode(rawValue: validation) ?? .enforce
        if accessKeySecret != nil { CommandLineSecret.warn() }
        if controlToken != nil {
            CommandLineSecret.warn(
                CommandLineSecret.warning(
                    option: "--control-token", environmentVariable: ControlToken.environmentVariable))
        }
        let control = try chosenControlToken(environment)
        configuration.controlToken = control.token
        configuration.oidcProviders = oidcProvider.compactMap(OIDCProvider.init(argument:))
        if !ListenAddress.isLoopback(host) {
            FileHandle.standardError.write(
                Data(
                    ("warning: listening on \(host), not a loopback address: any host that reaches this port can call "
                        + "the emulator with its keys and, with the control token, change its state; prefer 127.0.0.1\n")
                        .utf8))
        }
        do {
            emulator = try await ECSEmulator.start(configuration, stopsOnSignals: true)
        } catch {
            FileHandle.standardError.write(Data("error: cannot listen on \(host):\(port): \(error)\n".utf8))
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
