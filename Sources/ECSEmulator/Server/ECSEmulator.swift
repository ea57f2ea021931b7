import AliyunECSImagesServer
import AliyunRuntime
import AliyunServerSupport
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

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
    /// The port listened on.
    public let port: Int
    /// The address listened on.
    public let host: String
    private let group: ServiceGroup
    private let stopping: ShutdownSignal
    private let running: Task<Void, any Error>

    /// `http://HOST:PORT`.
    public var url: String { "http://\(host):\(port)" }

    private init(
        store: ImageStore, faults: FaultInjector, journal: RequestJournal, controlToken: ControlToken, host: String,
        port: Int, group: ServiceGroup, stopping: ShutdownSignal, running: Task<Void, any Error>
    ) {
        self.store = store
        self.controlToken = controlToken
        self.faults = faults
        self.journal = journal
        self.host = host
        self.port = port
        self.group = group
        self.stopping = stopping
        self.running = running
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
        let sts = EmulatedSTS(
            keys: keys, sessions: RoleSessions(), accountId: String(configuration.state.account.accountId),
            oidcProviders: configuration.oidcProviders, now: configuration.now)
        var router = ImageStoreHandler(store: store).operationRouter.merging(sts.operationRouter)
        if let routes { router = router.merging(routes) }
        router.validation = configuration.validation
        let responder = EmulatorResponder(
            verifier: RequestVerifier(keys: keys, now: configuration.now),
            router: router, store: store, faults: faults, journal: journal, controlToken: configuration.controlToken,
            stopping: stopping)
        var logger = Logger(label: "ecs-emulator")
        logger.logLevel = .error
        let (ports, portSink) = AsyncThrowingStream.makeStream(of: Int.self)
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? configuration.port)
            },
            logger: logger)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [application, ShutdownSignalService(signal: stopping)],
                gracefulShutdownSignals: stopsOnSignals ? [UnixSignal.sigterm, .sigint] : [],
                logger: logger))
        let running = Task {
            do {
                try await group.run()
                portSink.finish()
            } catch {
                portSink.finish(throwing: error)
                throw error
            }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = try await iterator.next() else { throw EmulatorStartError.stoppedBeforeListening }
        return ECSEmulator(
            store: store, faults: faults, journal: journal, controlToken: configuration.controlToken,
            host: configuration.host, port: port, group: group, stopping: stopping, running: running)
    }

    /// Stops listening and waits for the server to finish.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = await running.result
    }

    /// Waits until the server stops (a shutdown signal, or ``stop()``); rethrows what stopped it.
    public func waitUntilStopped() async throws {
        try await running.value
    }
}

/// The server stopped before it listened.
public enum EmulatorStartError: Error, Sendable, CustomStringConvertible {
    /// The server stopped before it listened.
    case stoppedBeforeListening

    /// What happened.
    public var description: String { "the server stopped before it listened" }
}
