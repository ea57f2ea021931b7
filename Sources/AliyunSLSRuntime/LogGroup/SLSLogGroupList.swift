import SwiftProtobuf

/// One log group as PullLogs answers it: its logs, and the topic, source and tags they were written with.
public struct SLSLogGroup: Sendable, Hashable {
    /// The logs, in order.
    public var logs: [SLSLogRecord]
    /// The group's topic (`__topic__`), or nil when none was written.
    public var topic: String?
    /// The group's source (`__source__`), or nil when none was written.
    public var source: String?
    /// The group's tags (`__tag__:key`).
    public var tags: [SLSLogField]

    /// A log group.
    public init(logs: [SLSLogRecord], topic: String? = nil, source: String? = nil, tags: [SLSLogField] = []) {
        self.logs = logs
        self.topic = topic
        self.source = source
        self.tags = tags
    }
}

extension SLSLogGroup {
    /// The group as protobuf writes it: the logs in order, then the topic, source and tags.
    package var wire: SLSWireLogGroup {
        var group = SLSWireLogGroup()
        group.logs = logs.map { record in
            var log = SLSWireLog()
            log.time = record.time
            if let nanoseconds = record.nanoseconds { log.timeNs = nanoseconds }
            log.contents = record.contents.map { field in
                var content = SLSWireLog.Content()
                content.key = field.key
                content.value = field.value
                return content
            }
            return log
        }
        if let topic { group.topic = topic }
        if let source { group.source = source }
        group.logTags = tags.map { field in
            var tag = SLSWireLogTag()
            tag.key = field.key
            tag.value = field.value
            return tag
        }
        return group
    }
}

/// PullLogs's answer: a protobuf `LogGroupList`, which ``SLSGateway`` has already decompressed (by the answer's
/// `x-log-compresstype`), read into log groups.
///
/// ```swift
/// let answer = try await client.pullLogs(PullLogsRequest(project: "p", logStore: "app", shardId: 0, cursor: cursor, count: 100))
/// for group in try SLSLogGroupList.groups(from: try await answer.collect().body) { for log in group.logs { print(log.contents) } }
/// let next = answer.headers["x-log-cursor"]
/// ```
public enum SLSLogGroupList {
    /// The log groups of a PullLogs answer's body.
    ///
    /// - Throws: ``SLSLogGroupError`` when the body is not a `LogGroupList`.
    public static func groups(from body: [UInt8]) throws(SLSLogGroupError) -> [SLSLogGroup] {
        let list: SLSWireLogGroupList
        do {
            list = try SLSWireLogGroupList(serializedBytes: body)
        } catch {
            throw SLSLogGroupError("the answer is not a LogGroupList: \(error)")
        }
        return list.logGroups.map { group in
            SLSLogGroup(
                logs: group.logs.map { log in
                    SLSLogRecord(
                        time: log.time, nanoseconds: log.hasTimeNs ? log.timeNs : nil,
                        contents: log.contents.map { SLSLogField(key: $0.key, value: $0.value) })
                },
                topic: group.hasTopic ? group.topic : nil, source: group.hasSource ? group.source : nil,
                tags: group.logTags.map { SLSLogField(key: $0.key, value: $0.value) })
        }
    }
}
