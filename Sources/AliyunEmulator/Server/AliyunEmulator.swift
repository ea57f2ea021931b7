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
/// product), the request journal, and `GET`/`PUT /_emulator/state` (a ``ResourceState``).
public final class AliyunEmulator: Sendable {
    /// The resources.
    public let store: ResourceStore
    /// ECS's image store, which the `ecs-images` handlers serve when a product's overrides name them.
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
    /// - Throws: When the address cannot be bound, or a product's overrides name handlers not known.
    public static func start(
        _ configuration: AliyunEmulatorConfiguration, stopsOnSignals: Bool = false
    ) async throws -> AliyunEmulator {
        let persist = configuration.persistTo.map { file in
            { @Sendable (state: ResourceState) throws in try file.write(state) }
        }
        let store = ResourceStore(configuration.state, persist: persist)
        let faults = FaultInjector()
        let journal = RequestJournal()
        let stopping = ShutdownSignal()
        let keys = AccessKeyStore(configuration.credentials)
        var handlers = EmulatedSecurityTokenService.router(
            keys: keys, accountId: String(EmulatorAccount().accountId),
            oidcProviders: configuration.oidcProviders, now: configuration.now)
        let images = ImageStore(configuration.images)
        let named = try HandWrittenHandlers.routers(for: configuration.catalog, images: images)
        for router in configuration.handlers + named { handlers = handlers.merging(router) }
        handlers.validation = configuration.validation
        let service = CatalogService(
            catalog: configuration.catalog, handlers: handlers,
            answerer: OperationAnswerer(store: store, validation: configuration.validation, now: configuration.now),
            faults: faults, journal: journal)
        let responder = SignedAPIResponder(
            verifier: RequestVerifier(keys: keys, now: configuration.now), service: service, faults: faults,
            journal: journal, controlToken: configuration.controlToken, stopping: stopping, realm: "aliyun-emulator")
        let server = try await EmulatorServer.start(
            responder, host: configuration.host, port: configuration.port, label: "aliyun-emulator",
            services: [ShutdownSignalService(signal: stopping)], stopsOnSignals: stopsOnSignals)
        return AliyunEmulator(
            store: store, images: images, faults: faults, journal: journal, controlToken: configuration.controlToken,
            catalog: configuration.catalog, host: configuration.host, server: server, handlers: handlers)
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
