import Foundation

/// Flattens a request into RPC query items, as Alibaba Cloud's RPC APIs read them.
///
/// Objects (`flat` style) add `Name.` before their members; lists (`repeatList` style) number their
/// elements from 1 (`Name.1`, `Name.1.Member`); `simple`-style lists are joined with commas; `json`-style parameters become one JSON string;
/// absent values are left out.
public struct RPCQueryEncoder: Sendable {
    /// The items written so far, in order.
    public private(set) var items: [RPCQueryItem] = []
    private var prefix = ""

    /// Creates an empty encoder.
    public init() {}

    private func name(_ key: String) -> String { prefix + key }

    /// A scalar.
    public mutating func encode(_ value: (some RPCQueryValue)?, forKey key: String) {
        guard let value else { return }
        items.append(RPCQueryItem(name: name(key), value: value.rpcQueryValue))
    }

    /// An object whose members are flattened under `key.`.
    public mutating func encodeObject(_ value: (some RPCQueryEncodable)?, forKey key: String) throws {
        guard let value else { return }
        try nested(name(key) + ".") { try value.encode(to: &$0) }
    }

    /// A list of scalars as `key.1`, `key.2`, ….
    public mutating func encodeList(_ values: [some RPCQueryValue]?, forKey key: String) {
        guard let values else { return }
        for (index, value) in values.enumerated() {
            items.append(RPCQueryItem(name: "\(name(key)).\(index + 1)", value: value.rpcQueryValue))
        }
    }

    /// A list of scalars joined with commas into one value (`simple` style); an empty list is left out.
    public mutating func encodeJoined(_ values: [some RPCQueryValue]?, forKey key: String) {
        guard let values, !values.isEmpty else { return }
        items.append(RPCQueryItem(name: name(key), value: values.map(\.rpcQueryValue).joined(separator: ",")))
    }

    /// A list of objects as `key.1.Member`, ….
    public mutating func encodeObjectList(_ values: [some RPCQueryEncodable]?, forKey key: String) throws {
        guard let values else { return }
        for (index, value) in values.enumerated() {
            try nested("\(name(key)).\(index + 1).") { try value.encode(to: &$0) }
        }
    }

    /// A value sent as one JSON string (`json` style), written by ``JSONText`` as the official SDKs write it.
    public mutating func encodeJSON(_ value: (some Encodable)?, forKey key: String) throws {
        guard let value else { return }
        items.append(RPCQueryItem(name: name(key), value: JSONText.serialize(try JSONValue(encoding: value))))
    }

    private mutating func nested(_ nestedPrefix: String, _ body: (inout RPCQueryEncoder) throws -> Void) throws {
        let saved = prefix
        prefix = nestedPrefix
        defer { prefix = saved }
        try body(&self)
    }
}
