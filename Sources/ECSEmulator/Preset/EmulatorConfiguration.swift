import AliyunEmulator
import AliyunRuntime
import AliyunServerSupport
import EmulatorHandlers
import EmulatorSupport
import Foundation

/// How an ECS emulator starts: where it listens, the keys it accepts, and the state it starts from (see
/// ``preset(routes:)`` for the ``AliyunEmulatorConfiguration`` it makes).
public struct EmulatorConfiguration: Sendable {
    /// The address to bind; `127.0.0.1` by default.
    public var host: String
    /// The port; 0 picks a free one (``ECSEmulator/port`` tells which).
    public var port: Int
    /// The access keys accepted; a key with a security token is an STS key and needs its token.
    public var credentials: [Credentials]
    /// The images and account to start with.
    public var state: EmulatorState
    /// Where changes are written after every call that makes one (`--state FILE --persist`).
    public var persistTo: StateFile?
    /// The server's clock, for the 15-minute timestamp check.
    public var now: @Sendable () -> Date
    /// The OIDC providers of the account: `AssumeRoleWithOIDC` issues keys only for tokens of one of them
    /// (see ``OIDCProvider``); with none, it issues none.
    public var oidcProviders: [OIDCProvider] = []
    /// The secret the control endpoints (`/_emulator/…`) require; a new random one unless set.
    public var controlToken: ControlToken = .generated()
    /// Which broken documented rules the emulator refuses, as the service would (`.enforce`, the default),
    /// or none (`.off`): told to accept, it stands for a service that has raised a limit or added a value
    /// the documentation does not list yet.
    public var validation: ValidationMode = .enforce

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 0, credentials: [Credentials], state: EmulatorState = EmulatorState(),
        persistTo: StateFile? = nil, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.host = host
        self.port = port
        self.credentials = credentials
        self.state = state
        self.persistTo = persistTo
        self.now = now
    }
}
