import AliyunRuntime
import SwiftProtobuf

/// PutLogs's body: a `LogGroup` as the generated client writes it (JSON: `LogItems` of `Time` and `Contents` of `Key`
/// and `Value`, `LogTags`, `Topic`, `Source`) turned into the protobuf `LogGroup` Log Service reads, field for field
/// as the official SDK's serialiser (aliyun-log-fastpb) writes it: `Topic` and `Source` when present, even empty,
/// `TimeNs` as the log's `Time_ns`.
public enum SLSLogGroupCoding {
    /// The media type of a body that is a `LogGroup` in protobuf already: the gateway sends such a body as it is
    /// (compressed), without reading it as JSON first. ``SLSProducer`` sends its batches so.
    public static let protobufContentType = "application/x-protobuf"

    /// The protobuf bytes of a log group written as JSON.
    ///
    /// - Throws: ``SLSLogGroupError`` naming the member that is missing or of the wrong type.
    public static func protobuf(fromJSON value: JSONValue) throws(SLSLogGroupError) -> [UInt8] {
        guard case .object(let group) = value else { throw SLSLogGroupError("the log group is not an object") }
        var logs: [SLSLogRecord] = []
        for (index, item) in try list(group["LogItems"], "LogItems").enumerated() {
            let path = "LogItems[\(index)]"
            guard case .object(let members) = item else { throw SLSLogGroupError("\(path) is not an object") }
            guard case .integer(let time)? = members["Time"], let seconds = UInt32(exactly: time) else {
                throw SLSLogGroupError("\(path).Time is missing or not a time in seconds")
            }
            var log = SLSLogRecord(
                time: seconds,
                contents: try pairs(members["Contents"], "\(path).Contents").map { SLSLogField(key: $0, value: $1) })
            if let nanoseconds = members["TimeNs"] {
                guard case .integer(let value) = nanoseconds, let fraction = UInt32(exactly: value) else {
                    throw SLSLogGroupError("\(path).TimeNs is not a number of nanoseconds")
                }
                // As given: the JSON's value is written, not clamped as the record's initialiser clamps it.
                log.nanoseconds = fraction
            }
            logs.append(log)
        }
        var written = SLSLogGroup(logs: logs, tags: try pairs(group["LogTags"], "LogTags").map(SLSLogField.init))
        if let topic = group["Topic"] { written.topic = try string(topic, "Topic") }
        if let source = group["Source"] { written.source = try string(source, "Source") }
        return try serialize(written.wire)
    }

    /// The protobuf bytes of a log group.
    static func serialize(_ wire: SLSWireLogGroup) throws(SLSLogGroupError) -> [UInt8] {
        do {
            return try wire.serializedBytes()
        } catch {
            throw SLSLogGroupError("the log group does not serialise: \(error)")
        }
    }

    private static func list(_ value: JSONValue?, _ path: String) throws(SLSLogGroupError) -> [JSONValue] {
        switch value {
        case nil, .null?: return []
        case .array(let items)?: return items
        default: throw SLSLogGroupError("\(path) is not a list")
        }
    }

    private static func string(_ value: JSONValue, _ path: String) throws(SLSLogGroupError) -> String {
        guard case .string(let text) = value else { throw SLSLogGroupError("\(path) is not a string") }
        return text
    }

    private static func pairs(_ value: JSONValue?, _ path: String) throws(SLSLogGroupError) -> [(String, String)] {
        var result: [(String, String)] = []
        for (index, item) in try list(value, path).enumerated() {
            guard case .object(let members) = item, let key = members["Key"], let value = members["Value"] else {
                throw SLSLogGroupError("\(path)[\(index)] is not an object with a Key and a Value")
            }
            result.append((try string(key, "\(path)[\(index)].Key"), try string(value, "\(path)[\(index)].Value")))
        }
        return result
    }
}

/// A PutLogs body that is not a log group.
public struct SLSLogGroupError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, naming the member.
    public var description: String

    init(_ description: String) { self.description = description }
}
