import Hummingbird
import NIOCore

/// The context of one request to an emulator: Hummingbird's, plus the connection, which a dropped-connection fault
/// closes and a delay watches.
public struct EmulatorRequestContext: RequestContext {
    /// Hummingbird's storage.
    public var coreContext: CoreRequestContextStorage
    /// The request's connection.
    public let channel: any Channel

    /// The context of a request arriving on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        channel = source.channel
    }
}
