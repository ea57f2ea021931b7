import Foundation

/// Reads a request back from RPC query items: the inverse of ``RPCQueryEncoder``, for servers and tests.
public struct RPCQueryDecoder: Sendable {
    private let values: [String: String]
    private let prefix: String

    /// Reads these items; a name given twice keeps its first value.
    public init(items: [RPCQueryItem]) {
        var values: [String: String] = [:]
        for item in items where values[item.name] == nil { values[item.name] = item.value }
        self.init(values: values, prefix: "")
    }

    private init(values: [String: String], prefix: String) {
        self.values = values
        self.prefix = prefix
    }

    private func name(_ key: String) -> String { prefix + key }

    /// A scalar, or nil when absent.
    public func decode<Value: RPCQueryValue>(
        _ type: Value.Type, forKey key: String
    ) throws(RPCQueryDecodingError) -> Value? {
        guard let text = values[name(key)] else { return nil }
        guard let value = Value(rpcQueryValue: text) else {
            throw RPCQueryDecodingError(name: name(key), reason: .invalidValue(text))
        }
        return value
    }

    /// A value that must be present.
    public func require<Value>(_ value: Value?, forKey key: String) throws(RPCQueryDecodingError) -> Value {
        guard let value else { throw RPCQueryDecodingError(name: name(key), reason: .missing) }
        return value
    }

    /// An object flattened under `key.`, or nil when no item starts with it.
    public func decodeObject<Value: RPCQueryDecodable>(
        _ type: Value.Type, forKey key: String
    ) throws(RPCQueryDecodingError) -> Value? {
        let nestedPrefix = name(key) + "."
        guard values.keys.contains(where: { $0.hasPrefix(nestedPrefix) }) else { return nil }
        return try Value(from: RPCQueryDecoder(values: values, prefix: nestedPrefix))
    }

    /// A list of scalars `key.1`, `key.2`, … up to the first missing index; nil when there is none.
    public func decodeList<Value: RPCQueryValue>(
        _ type: Value.Type, forKey key: String
    ) throws(RPCQueryDecodingError) -> [Value]? {
        var result: [Value] = []
        while let value = try decode(Value.self, forKey: "\(key).\(result.count + 1)") {
            result.append(value)
        }
        return result.isEmpty ? nil : result
    }

    /// A list of scalars joined with commas into one value (`simple` style); nil when absent.
    public func decodeJoined<Value: RPCQueryValue>(
        _ type: Value.Type, forKey key: String
    ) throws(RPCQueryDecodingError) -> [Value]? {
        guard let text = values[name(key)] else { return nil }
        var result: [Value] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Value(rpcQueryValue: String(part)) else {
                throw RPCQueryDecodingError(name: name(key), reason: .invalidValue(text))
            }
            result.append(value)
        }
        return result
    }

    /// A list of objects `key.1.Member`, … up to the first missing index; nil when there is none.
    public func decodeObjectList<Value: RPCQueryDecodable>(
        _ type: Value.Type, forKey key: String
    ) throws(RPCQueryDecodingError) -> [Value]? {
        var result: [Value] = []
        while let value = try decodeObject(Value.self, forKey: "\(key).\(result.count + 1)") {
            result.append(value)
        }
        return result.isEmpty ? nil : result
    }

    /// A value sent as one JSON string, or nil when absent.
    public func decodeJSON<Value: Decodable>(
        _ type: Value.Type, forKey key: String
    ) throws(RPCQueryDecodingError) -> Value? {
        guard let text = values[name(key)] else { return nil }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw RPCQueryDecodingError(name: name(key), reason: .invalidJSON(String(describing: error)))
        }
    }
}
