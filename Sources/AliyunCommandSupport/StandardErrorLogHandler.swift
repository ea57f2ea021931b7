import Foundation
import Logging

/// Writes log messages to standard error as `warning: message`, one line each, for command-line clients
/// whose standard output carries the answer.
public struct StandardErrorLogHandler: LogHandler {
    /// Messages below this level are dropped.
    public var logLevel: Logger.Level = .info
    /// Metadata attached to every message; not printed.
    public var metadata: Logger.Metadata = [:]

    /// Creates a handler.
    public init() {}

    /// Metadata by key.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes `level: message`.
    public func log(event: LogEvent) {
        FileHandle.standardError.write(Data("\(event.level): \(event.message)\n".utf8))
    }
}
