import Foundation
import Logging

/// A swift-log handler that ships every log to Log Service through an ``SLSProducer``:
///
/// ```swift
/// LoggingSystem.bootstrap { label in SLSLogHandler(label: label, producer: producer) }
/// ```
///
/// Each log becomes one Log Service log, timed to the nanosecond, whose contents are, in order: `level`
/// (`trace` … `critical`), `message`, `logger` (the logger's label), `source` (the module), `file`, `function`,
/// `line`, `error` when the log carries one, then its metadata (see ``SLSLogFields``). Logging never waits: the
/// producer queues the log or, when its queue is full, drops and counts it.
public struct SLSLogHandler: LogHandler {
    /// The logger's label, sent as `logger`.
    public let label: String
    /// Where logs go.
    public let producer: SLSProducer
    /// Logs below this level are not sent; `.info` unless told otherwise.
    public var logLevel: Logger.Level
    /// Metadata sent with every log of this handler (a log's own metadata wins over it).
    public var metadata: Logger.Metadata
    /// Metadata asked for at each log (task-local context, say), between the handler's and the log's own.
    public var metadataProvider: Logger.MetadataProvider?

    /// A handler for the logger `label`, writing to `producer`.
    public init(
        label: String, producer: SLSProducer, logLevel: Logger.Level = .info, metadata: Logger.Metadata = [:],
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) {
        self.label = label
        self.producer = producer
        self.logLevel = logLevel
        self.metadata = metadata
        self.metadataProvider = metadataProvider
    }

    /// A metadata value of this handler.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Queues the log with the producer.
    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get(), !provided.isEmpty {
            merged.merge(provided) { _, new in new }
        }
        if let own = event.metadata, !own.isEmpty {
            merged.merge(own) { _, new in new }
        }
        var contents = [
            SLSLogField(key: "level", value: event.level.rawValue),
            SLSLogField(key: "message", value: event.message.description),
            SLSLogField(key: "logger", value: label),
            SLSLogField(key: "source", value: event.source),
            SLSLogField(key: "file", value: event.file),
            SLSLogField(key: "function", value: event.function),
            SLSLogField(key: "line", value: String(event.line)),
        ]
        if let error = event.error { contents.append(SLSLogField(key: "error", value: String(describing: error))) }
        SLSLogFields.append(merged, to: &contents)
        producer.send(SLSLogRecord(date: Date(), contents: contents))
    }
}
