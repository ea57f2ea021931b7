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
    /// The hand-written handler sets (``HandWrittenHandlers``) to mount whatever the products' overrides name:
    /// `ecs-emulator` mounts `ecs-images` over no product at all.
    public var handlerSets: [String] = []
    /// More operations served by handlers instead of from the spec (a whole product's generated router, say).
    ///
    /// Where several handlers serve an action, the first wins: the named handler sets (``handlerSets``, then those
    /// the products' overrides name), then STS's (which issues keys this emulator accepts), then these; the first
    /// also names the product of a call whose version nothing serves.
    public var handlers: [OperationRouter] = []
    /// The images of ECS's image store, for the `ecs-images` handlers (``HandWrittenHandlers``), and the account:
    /// its quotas, and the ID of the account whose roles STS lets callers assume.
    public var images = EmulatorState()
    /// Where the images are written after every change to them (`ecs-emulator --state FILE --persist`).
    public var imagesPersistTo: StateFile?
    /// Which document `GET` and `PUT /_emulator/state` give and take: the resources (the default) or the images.
    public var servedState: ServedState = .resources
    /// The OIDC providers STS's `AssumeRoleWithOIDC` trusts.
    public var oidcProviders: [OIDCProvider] = []
    /// The emulator's name: its log label, and the realm of the control endpoints' challenge.
    public var name = "aliyun-emulator"

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
