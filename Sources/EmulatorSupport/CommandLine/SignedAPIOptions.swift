import AliyunRuntime
import ArgumentParser
import Foundation

/// The options of an emulator of the signed API beyond where it listens: the control token, the OIDC providers STS
/// trusts, and which broken rules are refused; with the checks and warnings their values need.
public struct SignedAPIOptions: ParsableArguments {
    /// The control endpoints' secret.
    @Option(help: "The secret the /_emulator/ endpoints require (default: the emulator's variable, else a new one).")
    public var controlToken: String?

    /// OIDC providers, as `NAME,ISSUER,CLIENT-ID[,CLIENT-ID…]`.
    @Option(
        help: ArgumentHelp(
            "An OIDC provider of the account, as NAME,ISSUER,CLIENT-ID[,CLIENT-ID…]: AssumeRoleWithOIDC issues keys"
                + " only for tokens of a provider given so (repeatable; with none, it issues none)."))
    public var oidcProvider: [String] = []

    /// Which broken documented rules to refuse.
    @Option(
        help: ArgumentHelp(
            "Which broken documented rules to refuse: enforce (default, as the service does), enforceStable"
                + " (only rules that cannot go stale), or warn or off (accept them all)."))
    public var validation = "enforce"

    /// Options as ArgumentParser fills them.
    public init() {}

    /// The validation mode chosen.
    public var validationMode: ValidationMode { ValidationMode(rawValue: validation) ?? .enforce }

    /// Checks the mode and the token; `isProvider` checks each OIDC provider's form.
    public func validate(isProvider: (String) -> Bool) throws {
        guard ValidationMode(rawValue: validation) != nil else {
            throw ValidationError("--validation must be one of \(ValidationMode.names)")
        }
        if let controlToken, ControlToken(controlToken) == nil {
            throw ValidationError("--control-token must be printable ASCII without spaces")
        }
        for provider in oidcProvider where !isProvider(provider) {
            throw ValidationError("--oidc-provider must be NAME,ISSUER,CLIENT-ID[,CLIENT-ID…], not \(provider)")
        }
    }

    /// The control token: the option's (with a warning that the command line shows it), else the environment's,
    /// else a new one (to be printed).
    public func chosenControlToken(_ environment: [String: String], variable: String = ControlToken.environmentVariable)
        throws -> (token: ControlToken, generated: Bool)
    {
        if controlToken != nil {
            CommandLineSecret.warn(
                CommandLineSecret.warning(option: "--control-token", environmentVariable: variable))
        }
        return try ControlToken.chosen(option: controlToken, environment: environment, variable: variable)
    }

    /// Warns on standard error when `host` is not a loopback address.
    public static func warnUnlessLoopback(_ host: String) {
        guard !ListenAddress.isLoopback(host) else { return }
        FileHandle.standardError.write(
            Data(
                ("warning: listening on \(host), not a loopback address: any host that reaches this port can call "
                    + "the emulator with its keys and, with the control token, change its state; prefer 127.0.0.1\n")
                    .utf8))
    }

    /// Prints the URL as the first line of standard output (unbuffered: whoever started the emulator waits for it),
    /// and a generated control token as the second.
    public static func announce(url: String, control: (token: ControlToken, generated: Bool)) {
        FileHandle.standardOutput.write(Data("listening on \(url)\n".utf8))
        if control.generated {
            FileHandle.standardOutput.write(Data("control token: \(control.token.value)\n".utf8))
        }
    }
}
