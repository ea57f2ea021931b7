import AliyunRuntime
import ArgumentParser
import Foundation

/// The options every emulator's command line has: where to listen and the key to accept (the options', else the
/// variables clients read: `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`,
/// `ALIBABA_CLOUD_SECURITY_TOKEN`).
public struct EmulatorOptions: ParsableArguments {
    /// The address to listen on.
    @Option(help: "The address to listen on.")
    public var host = "127.0.0.1"

    /// The port; 0 picks a free one.
    @Option(help: "The port to listen on; 0 picks a free one.")
    public var port = 0

    /// The access key id accepted.
    @Option(help: "The access key ID to accept (default: ALIBABA_CLOUD_ACCESS_KEY_ID).")
    public var accessKeyId: String?

    /// Its secret (a warning says the command line shows it to other users).
    @Option(help: "Its secret (default: ALIBABA_CLOUD_ACCESS_KEY_SECRET).")
    public var accessKeySecret: String?

    /// The STS token the key must come with.
    @Option(help: "An STS token the key must come with (default: ALIBABA_CLOUD_SECURITY_TOKEN).")
    public var securityToken: String?

    /// Options as ArgumentParser fills them.
    public init() {}

    /// Checks the port.
    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    /// The key to accept, each part from its option, else from its variable (an empty value counts as none); warns when
    /// the secret was given on the command line.
    ///
    /// - Throws: `ValidationError` when no access key id and secret are given either way.
    public func credentials(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> Credentials
    {
        func given(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        guard let id = given(accessKeyId ?? environment["ALIBABA_CLOUD_ACCESS_KEY_ID"]),
            let secret = given(accessKeySecret ?? environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"])
        else {
            throw ValidationError(
                "no access key: give --access-key-id and --access-key-secret, or set ALIBABA_CLOUD_ACCESS_KEY_ID "
                    + "and ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        }
        let key = Credentials(
            accessKeyId: id, accessKeySecret: secret,
            securityToken: given(securityToken ?? environment["ALIBABA_CLOUD_SECURITY_TOKEN"]))
        if accessKeySecret != nil { CommandLineSecret.warn() }
        return key
    }
}
