import Logging
import NIOConcurrencyHelpers

/// A log handler that keeps every message, for tests that check what was logged.
public struct RecordingLogHandler: LogHandler {
    /// The messages logged so far, shared by every copy of the handler.
    public final class Messages: Sendable {
        private let lines = NIOLockedValueBox<[(level: Logger.Level, text: String)]>([])

        /// Creates an empty record.
        public init() {}

        /// Every message, in order.
        public var all: [(level: Logger.Level, text: String)] { lines.withLockedValue { $0 } }

        /// The text of every message at `level`.
        public func texts(at level: Logger.Level) -> [String] { all.filter { $0.level == level }.map(\.text) }

        func append(_ level: Logger.Level, _ text: String) { lines.withLockedValue { $0.append((level, text)) } }
    }

    /// Where messages go.
    public let messages: Messages
    /// Messages below this level are dropped.
    public var logLevel: Logger.Level = .trace
    /// Metadata attached to every message.
    public var metadata: Logger.Metadata = [:]

    /// A logger that records into `messages`.
    public static func logger(_ messages: Messages) -> Logger {
        Logger(label: "test") { _ in RecordingLogHandler(messages: messages) }
    }

    /// Creates a handler recording into `messages`.
    public init(messages: Messages) { self.messages = messages }

    /// Metadata by key.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Records the message.
    public func log(event: LogEvent) { messages.append(event.level, "\(event.message)") }
}
