import AliyunRuntime
import AliyunXML

/// Collects the parts of an OSS request that are not in its query: the bucket (in the host), the values of the
/// path's parameters (the object's key), the headers and the body.
///
/// Generated OSS requests write into one of these (``OSSRequestEncodable``), with the same method names as a ROA
/// request's encoder; the query comes from their ``RPCQueryEncodable`` conformance.
public struct OSSRequestEncoder: Sendable {
    /// The host parameters' values by name (`bucket`).
    public private(set) var hostValues: [String: String] = [:]
    /// The path parameters' values by name, not encoded (`key`).
    public private(set) var pathValues: [String: String] = [:]
    /// The header parameters, in order.
    public private(set) var headers = OSSHeaders()
    /// The body's bytes, and its media type.
    public private(set) var body: (bytes: [UInt8], contentType: String)?

    /// Creates an empty encoder.
    public init() {}

    /// A host parameter's value: the bucket.
    public mutating func encodeHost(_ value: some RPCQueryValue, forKey key: String) {
        hostValues[key] = value.rpcQueryValue
    }

    /// A path parameter's value.
    public mutating func encodePath(_ value: some RPCQueryValue, forKey key: String) {
        pathValues[key] = value.rpcQueryValue
    }

    /// A scalar header; an absent value is left out.
    public mutating func encodeHeader(_ value: (some RPCQueryValue)?, forKey key: String) {
        guard let value else { return }
        headers.set(key, value.rpcQueryValue)
    }

    /// A header that is not a scalar. A name ending in `*` (`x-oss-meta-*`) is a family of headers: each member
    /// of the object is the header of the prefix and its name (`x-oss-meta-author`), its text the value. Any
    /// other is sent as its JSON text.
    public mutating func encodeHeaderJSON(_ value: (some Encodable)?, forKey key: String) throws {
        guard let value else { return }
        let json = try JSONValue(encoding: value)
        guard key.hasSuffix("*") else {
            headers.set(key, JSONText.serialize(json))
            return
        }
        guard case .object(let members) = json else {
            throw OSSRequestEncodingError("the headers \(key) must be an object of names and values")
        }
        let prefix = key.dropLast()
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            let text: String
            switch member {
            case .string(let string): text = string
            case .null: continue
            default: text = JSONText.serialize(member)
            }
            headers.set(prefix + name, text)
        }
    }

    /// A member of the body: the XML document whose root element is `key` (`CompleteMultipartUpload`, `Tagging`)
    /// and holds `value`; an absent value is no body.
    public mutating func encodeBodyMember(_ value: (some Encodable)?, forKey key: String) throws {
        guard let value else { return }
        guard body == nil else {
            throw OSSRequestEncodingError("an OSS request has one XML document; \(key) is a second root element")
        }
        body = (try XMLTreeEncoder.document(value, root: key), "application/xml")
    }

    /// The whole body given as text (a JSON policy).
    public mutating func encodeBody(_ value: (some Encodable)?) throws {
        guard let value else { return }
        let json = try JSONValue(encoding: value)
        if case .string(let text) = json {
            body = (Array(text.utf8), "application/json")
        } else {
            body = (Array(JSONText.serialize(json).utf8), "application/json")
        }
    }
}

/// A request that cannot be put on the wire as its type describes it.
public struct OSSRequestEncodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// An OSS request: its query comes from ``RPCQueryEncodable``, its bucket, key, headers and body from
/// ``encodeOSS(to:)``.
public protocol OSSRequestEncodable: RPCQueryEncodable {
    /// Writes the host and path parameters, the headers and the body.
    func encodeOSS(to encoder: inout OSSRequestEncoder) throws
}
