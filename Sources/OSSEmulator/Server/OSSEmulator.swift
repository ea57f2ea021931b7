import AliyunRuntime
import AliyunServerSupport
import EmulatorSupport
import Foundation

/// An offline Object Storage Service on a real HTTP server: buckets and objects in memory (bounded), multipart
/// uploads, ranges, listings with delimiters and paging, conditions and CRC-64, each request's Signature V4 (header
/// or presigned URL) verified as OSS verifies it, every failure answered with OSS's own error codes; faults injected
/// per operation and every call journaled, as the ECS emulator does (`/_emulator/faults`, `/_emulator/requests`, for
/// whoever holds the control token).
///
/// ```swift
/// let emulator = try await OSSEmulator.start(OSSEmulatorConfiguration(credentials: [key], buckets: ["photos"]))
/// await emulator.faults.add([.serverError(count: 2, action: "PutObject")])  // the next two PutObjects answer 503
/// // path-style: http://127.0.0.1:PORT/photos/cat.jpg
/// await emulator.stop()
/// ```
public final class OSSEmulator: Sendable {
    /// The buckets and objects.
    public let store: OSSObjectStore
    /// Faults waiting to be injected into calls (also `POST /_emulator/faults`).
    public let faults: FaultInjector
    /// The calls received (also `GET /_emulator/requests`).
    public let journal: RequestJournal
    /// The secret the control endpoints require (``OSSEmulatorConfiguration/controlToken``).
    public let controlToken: ControlToken
    /// The address listened on.
    public let host: String
    private let server: EmulatorServer

    /// The port listened on.
    public var port: Int { server.port }

    /// `http://HOST:PORT`.
    public var url: String { "http://\(host):\(port)" }

    private init(
        store: OSSObjectStore, faults: FaultInjector, journal: RequestJournal, controlToken: ControlToken, host: String,
        server: EmulatorServer
    ) {
        self.store = store
        self.faults = faults
        self.journal = journal
        self.controlToken = controlToken
        self.host = host
        self.server = server
    }

    /// Starts an emulator and returns once it listens.
    ///
    /// - Parameters:
    ///   - configuration: where to listen, the keys, the limits, the buckets to start with.
    ///   - stopsOnSignals: whether SIGINT and SIGTERM stop the server gracefully (the executable's choice).
    /// - Returns: the running emulator.
    /// - Throws: when the address cannot be bound, or a starting bucket's name is not valid.
    public static func start(_ configuration: OSSEmulatorConfiguration, stopsOnSignals: Bool = false) async throws
        -> OSSEmulator
    {
        let store = OSSObjectStore(
            maximumObjectBytes: configuration.maximumObjectBytes, maximumTotalBytes: configuration.maximumTotalBytes)
        for bucket in configuration.buckets {
            do {
                try await store.createBucket(bucket, region: configuration.region, at: configuration.now())
            } catch {
                throw OSSEmulatorError.invalidBucket(bucket)
            }
        }
        let faults = FaultInjector()
        let journal = RequestJournal()
        let stopping = ShutdownSignal()
        let responder = OSSResponder(
            verifier: OSSRequestVerifier(keys: AccessKeyStore(configuration.credentials), now: configuration.now),
            operations: OSSOperations(store: store, now: configuration.now, region: configuration.region),
            domain: configuration.domain, maximumBodyBytes: configuration.maximumObjectBytes, faults: faults,
            journal: journal, controlToken: configuration.controlToken, stopping: stopping)
        let server = try await EmulatorServer.start(
            responder, host: configuration.host, port: configuration.port, label: "oss-emulator",
            services: [ShutdownSignalService(signal: stopping)], stopsOnSignals: stopsOnSignals)
        return OSSEmulator(
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

/// Why the emulator could not start.
public enum OSSEmulatorError: Error, Sendable, CustomStringConvertible {
    /// A starting bucket's name breaks OSS's rules.
    case invalidBucket(String)

    /// What happened.
    public var description: String {
        switch self {
        case .invalidBucket(let name):
            "bucket \"\(name)\" is not a valid name: 3 to 63 lower-case letters, digits and -, not starting or ending with -"
        }
    }
}
