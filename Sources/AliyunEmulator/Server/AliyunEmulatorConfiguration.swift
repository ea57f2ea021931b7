import AliyunRuntime
import AliyunServerSupport
import EmulatorHandlers
import EmulatorSupport
import Foundation

/// How an ``AliyunEmulator`` starts: the products, where it listens, the keys it accepts, the state it starts
/// from.
public struct AliyunEmulatorConfiguration: Sendable {
    /// The products served.
    public var catalog: ProductCatalog
    /// The address to bind; `127.0.0.1` by default.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// The access keys accepted; a key with a security token is an STS key and needs its token.
    public var credentials: [Credentials]
    /// The resources to start with.
    public var state: ResourceState
    /// Where the resources are written after every change.
    public var persistTo: JSONStateFile<ResourceState>?
    /// The server's clock, for the 15-minute timestamp check and creation times.
    public var now: @Sendable () -> Date
    /// The secret the control endpoints (`/_emulator/…`) require; a new random one unless set.
    public var controlToken: ControlToken = .generated()
    /// Which broken documented rules are refused: every one (`.enforce`, the default, as the service does), or none
    /// (`.off`).
    public var validation: ValidationMode = .enforce
    /// Operations served by handlers written by hand instead of from the spec (ECS's images, say): their routers
    /// take precedence over the products' inferred answers. STS's, which issues keys this emulator accepts, is
    /// always first.
    public var handlers: [OperationRouter] = []
    /// The images (and account) of ECS's image store, for a product whose overrides name the `ecs-images` handlers
    /// (``HandWrittenHandlers``).
    public var images = EmulatorState()
    /// The OIDC providers STS's `AssumeRoleWithOIDC` trusts.
    public var oidcProviders: [OIDCProvider] = []

    /// Creates a configuration.
    public init(
        catalog: ProductCatalog, host: String = "127.0.0.1", port: Int = 0, credentials: [Credentials],
        state: ResourceState = ResourceState(), persistTo: JSONStateFile<ResourceState>? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.catalog = catalog
        self.host = host
        self.port = port
        self.credentials = credentials
        self.state = state
        self.persistTo = persistTo
        self.now = now
    }
}
