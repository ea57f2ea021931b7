import AliyunRuntime
import AliyunServerSupport
import EmulatorHandlers
import EmulatorSupport
import Foundation

/// An offline Alibaba Cloud on a real HTTP server: every product of a ``ProductCatalog`` answered from its IR at
/// run time. Calls are verified as the gateway verifies them (V3, V1 and the ROA signature), routed by action and
/// version (the host choosing among products that share both) or by a ROA operation's method and path, decoded
/// and checked by the plan the generated code follows, and answered on inferred resources or with the documented
/// example (`docs/emulator-inference.md`).
///
/// ```swift
/// let catalog = try ProductCatalog.load(corpus: "corpus", products: ["ecs", "vpc", "cs"])
/// let emulator = try await AliyunEmulator.start(AliyunEmulatorConfiguration(catalog: catalog, credentials: [key]))
/// // … clients with endpoint emulator.url …
/// await emulator.stop()
/// ```
///
/// Outside the signed API, `/_emulator/` answers requests that hold the ``controlToken``: faults (per action and
/// product), the request journal, and `GET`/`PUT /_emulator/state` (a ``ResourceState``, or the images: see
/// ``AliyunEmulatorConfiguration/servedState``).
///
/// `ecs-emulator` is a preset of this server: no product, the `ecs-images` handlers, the images as its state.
public final class AliyunEmulator: Sendable {
    /// The resources.
    public let store: ResourceStore
    /// ECS's image store, which the `ecs-images` handlers serve when the configuration or a product's overrides
    /// name them.
    public let images: ImageStore
    /// The faults waiting to be injected.
    public let faults: FaultInjector
    /// The calls received.
    public let journal: RequestJournal
    /// The secret the control endpoints require.
    public let controlToken: ControlToken
    /// The products served.
    public let catalog: ProductCatalog
    /// The address listened on.
    public let host: String
    private let server: EmulatorServer
    private let handlers: OperationRouter

    /// The port listened on.
    public var port: Int { server.port }

    /// `http://HOST:PORT`.
    public var url: String { "http://\(host):\(port)" }

    private init(
        store: ResourceStore, images: ImageStore, faults: FaultInjector, journal: RequestJournal,
        controlToken: ControlToken,
        catalog: ProductCatalog, host: String, server: EmulatorServer, handlers: OperationRouter
    ) {
        self.handlers = handlers
        self.images = images
        self.store = store
        self.faults = faults
        self.journal = journal
        self.controlToken = controlToken
        self.catalog = catalog
        self.host = host
        self.server = server
    }

    /// Starts an emulator and returns once it listens.
    ///
    /// - Parameters:
    ///   - configuration: The products, where to listen, the keys, the state.
    ///   - stopsOnSignals: Whether SIGINT and SIGTERM stop the server gracefully (the executable's choice).
    /// - Returns: The running emulator.
    /// - Throws: When the address cannot be bound, or the configuration or a product's overrides name handlers not
    ///   known.
    public static func start(
        _ configuration: AliyunEmulatorConfiguration, stopsOnSignals: Bool = false
    ) async throws -> AliyunEmulator {
        let store = ResourceStore(configuration.state, persist: configuration.persistTo.map(Self.writer))
        let images = ImageStore(configuration.images, persist: configuration.imagesPersistTo.map(Self.writer))
        let faults = FaultInjector()
        let journal = RequestJournal()
        let stopping = ShutdownSignal()
        let keys = AccessKeyStore(configuration.credentials)
        let sts = EmulatedSecurityTokenService.router(
            keys: keys, accountId: String(configuration.images.account.accountId),
            oidcProviders: configuration.oidcProviders, now: configuration.now)
        let named = try HandWrittenHandlers.routers(
            naming: configuration.handlerSets, for: configuration.catalog, images: images)
        // The first router wins where two serve an action (never empty: STS's is there).
        let routers = named + [sts] + configuration.handlers
        var handlers = routers.dropFirst().reduce(routers[0]) { $0.merging($1) }
        handlers.validation = configuration.validation
        let service = CatalogService(
            catalog: configuration.catalog, handlers: handlers,
            answerer: OperationAnswerer(store: store, validation: configuration.validation, now: configuration.now),
            controlEndpoints: configuration.servedState.endpoints(
                resources: store, images: images, faults: faults, journal: journal))
        let responder = SignedAPIResponder(
            verifier: RequestVerifier(keys: keys, now: configuration.now), service: service, faults: faults,
            journal: journal, controlToken: configuration.controlToken, stopping: stopping, realm: configuration.name)
        let server = try await EmulatorServer.start(
            responder, host: configuration.host, port: configuration.port, label: configuration.name,
            services: [ShutdownSignalService(signal: stopping)], stopsOnSignals: stopsOnSignals)
        return AliyunEmulator(
            store: store, images: images, faults: faults, journal: journal, controlToken: configuration.controlToken,
            catalog: configuration.catalog, host: configuration.host, server: server, handlers: handlers)
    }

    /// Writes a state document to its file: a store's `persist`.
    private static func writer<Document>(_ file: JSONStateFile<Document>) -> @Sendable (Document) throws -> Void {
        { state in try file.write(state) }
    }

    /// Whether hand-written handlers (STS's, the configured ones) serve the action of this version rather than its
    /// spec.
    public func servesByHand(action: String, version: String) -> Bool {
        handlers.serves(action: action, version: version)
    }

    /// Stops listening and waits for the server to finish.
    public func stop() async {
        await server.stop()
    }

    /// Waits until the server stops (a shutdown signal, or ``stop()``); rethrows what stopped it.
    public func waitUntilStopped() async throws {
        try await server.waitUntilStopped()
    }
}
