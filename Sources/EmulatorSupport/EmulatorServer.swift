import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// A Hummingbird server an emulator runs on: started on an address (port 0 picks a free one), returned once it
/// listens, with the port it got, stopped gracefully on request (and on SIGINT and SIGTERM when asked).
public final class EmulatorServer: Sendable {
    /// The port listened on.
    public let port: Int
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    private init(port: Int, group: ServiceGroup, running: Task<Void, any Error>) {
        self.port = port
        self.group = group
        self.running = running
    }

    /// Starts serving `responder` on `host`:`port`, with `services` run beside the server.
    ///
    /// - Parameters:
    ///   - responder: What answers each request.
    ///   - host: The address to listen on.
    ///   - port: The port; 0 picks a free one.
    ///   - label: The logger's label (only errors are logged).
    ///   - services: Services to run beside the server, stopped with it.
    ///   - stopsOnSignals: Whether SIGINT and SIGTERM stop the server gracefully (an executable's choice;
    ///     in-process tests leave signals alone).
    /// - Returns: The running server.
    /// - Throws: When the address cannot be bound.
    public static func start<Responder: HTTPResponder>(
        _ responder: Responder, host: String, port: Int, label: String, services: [any Service] = [],
        stopsOnSignals: Bool
    ) async throws -> EmulatorServer
    where Responder.Context: RequestContext, Responder.Context.Source == ApplicationRequestContextSource {
        var logger = Logger(label: label)
        logger.logLevel = .error
        let (ports, portSink) = AsyncThrowingStream.makeStream(of: Int.self)
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in portSink.yield(channel.localAddress?.port ?? port) },
            logger: logger)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [application] + services,
                gracefulShutdownSignals: stopsOnSignals ? [UnixSignal.sigterm, .sigint] : [], logger: logger))
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
        guard let bound = try await iterator.next() else { throw EmulatorServerError.stoppedBeforeListening }
        return EmulatorServer(port: bound, group: group, running: running)
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
public enum EmulatorServerError: Error, Sendable, CustomStringConvertible {
    /// The server stopped before it listened.
    case stoppedBeforeListening

    /// What happened.
    public var description: String { "the server stopped before it listened" }
}
