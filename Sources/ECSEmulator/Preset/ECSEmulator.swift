import AliyunEmulator
import AliyunServerSupport
import EmulatorHandlers
import EmulatorSupport

/// An offline ECS on a real HTTP server: ``AliyunEmulator`` (its gateway, routing, STS, faults, journal and
/// control token) started as a preset (``EmulatorConfiguration/preset(routes:)``) that serves no spec product
/// but ECS's image store (``ImageStoreHandler``), STS, and whatever routes it is given. Requests are verified as
/// Alibaba Cloud's gateway verifies them (V3 and V1 signatures, timestamp, nonce, STS token), decoded and
/// validated by the generated server side, and served by the image store, or by the documented example for
/// operations without state.
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
    /// The server this preset started.
    private let server: AliyunEmulator

    /// The images.
    public var store: ImageStore { server.images }
    /// The faults waiting to be injected.
    public var faults: FaultInjector { server.faults }
    /// The calls received.
    public var journal: RequestJournal { server.journal }
    /// The secret the control endpoints require (``EmulatorConfiguration/controlToken``).
    public var controlToken: ControlToken { server.controlToken }
    /// The address listened on.
    public var host: String { server.host }
    /// The port listened on.
    public var port: Int { server.port }
    /// `http://HOST:PORT`.
    public var url: String { server.url }

    private init(server: AliyunEmulator) {
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
        ECSEmulator(
            server: try await AliyunEmulator.start(configuration.preset(routes: routes), stopsOnSignals: stopsOnSignals)
        )
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
