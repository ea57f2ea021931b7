import AliyunECSImagesServer
import AliyunRuntime
import AliyunServerSupport
import EmulatorHandlers
import EmulatorSupport
import Foundation

/// An offline ECS on a real HTTP server: requests are verified as Alibaba Cloud's gateway verifies them
/// (V3 and V1 signatures, timestamp, nonce, STS token), decoded and validated by the generated server
/// side, and served by ``ImageStoreHandler``, or by the documented example for operations without state.
///
/// ```swift
/// let emulator = try await ECSEmulator.start(EmulatorConfiguration(credentials: [key]))
/// let client = ECSClient(configuration: RPCClientConfiguration(endpoint: ServiceEndpoint(emulator.url), …))
/// …
/// await emulator.stop()
/// ```
///
/// Outside the signed API, `/_emulator/` answers requests that hold the ``controlToken`` (as
/// `Authorization: Bearer TOKEN` or `X-Emulator-Control-Token: TOKEN`; anything else is 401):
/// `POST /_emulator/faults` (a JSON array of ``Fault``), `DELETE /_emulator/faults`, `GET /_emulator/requests`
/// (the ``RequestJournal``), `GET /_emulator/state` and `PUT /_emulator/state` (an ``EmulatorState``).
public final class ECSEmulator: Sendable {
    /// The images.
    public let store: ImageStore
    /// The faults waiting to be injected.
    public let faults: FaultInjector
    /// The calls received.
    public let journal: RequestJournal
    /// The secret the control endpoints require (``EmulatorConfiguration/controlToken``).
    public let controlToken: ControlToken
    /// The address listened on.
    public let host: String
    private let server: EmulatorServer

    /// The port listened on.
    public var port: Int { server.port }

    /// `http://HOST:PORT`.
    public var url: String { "http://\(host):\(port)" }

    private init(
        store: ImageStore, faults: FaultInjector, journal: RequestJournal, controlToken: ControlToken, host: String,
        server: EmulatorServer
    ) {
        self.store = store
        self.controlToken = controlToken
        self.faults = faults
        self.journal = journal
        self.host = host
        self.server = server
    }

    /// Starts an emulator and returns once it listens.
    ///
    /// - Parameters:
    ///   - configuration: where to listen, the keys, the state.
    ///   - routes: more operations to serve, e.g. a whole product's generated `operationRouter`; the
    ///     image store's operations take precedence.
    ///   - stopsOnSignals: whether SIGINT and SIGTERM stop the server gracefully (the executable's
    ///     choice; in-process tests leave signals alone).
    /// - Returns: the running emulator.
    /// - Throws: when the address cannot be bound.
    public static func start(
        _ configuration: EmulatorConfiguration, routes: OperationRouter? = nil,
        stopsOnSignals: Bool = false
    ) async throws -> ECSEmulator {
        let persist = configuration.persistTo.map { file in
            { @Sendable (state: EmulatorState) throws in try file.write(state) }
        }
        let store = ImageStore(configuration.state, persist: persist)
        let faults = FaultInjector()
        let journal = RequestJournal()
        let stopping = ShutdownSignal()
        let keys = AccessKeyStore(configuration.credentials)
        let sts = EmulatedSecurityTokenService.router(
            keys: keys, accountId: String(configuration.state.account.accountId),
            oidcProviders: configuration.oidcProviders, now: configuration.now)
        var router = ImageStoreHandler(store: store).operationRouter.merging(sts)
        if let routes { router = router.merging(routes) }
        router.validation = configuration.validation
        let responder = SignedAPIResponder(
            verifier: RequestVerifier(keys: keys, now: configuration.now),
            service: ECSService(router: router, store: store, faults: faults, journal: journal), faults: faults,
            journal: journal, controlToken: configuration.controlToken, stopping: stopping, realm: "ecs-emulator")
        let server = try await EmulatorServer.start(
            responder, host: configuration.host, port: configuration.port, label: "ecs-emulator",
            services: [ShutdownSignalService(signal: stopping)], stopsOnSignals: stopsOnSignals)
        return ECSEmulator(
            store: store, faults: faults, journal: journal, controlToken: configuration.controlToken,
            host: configuration.host, server: server)
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
