import Foundation

/// Reads a request back from RPC query items: the inverse of ``RPCQueryEncoder``, for servers and tests.
///
/// Decoding is linear in the items: the names' dotted prefixes (`Tag.1.`, `Tag.`) are indexed once, so a
/// list of 50,000 objects costs 50,000 look-ups, not a scan of every name per element. Servers refuse calls
/// with more than ``maximumItems`` items before decoding; prefixes deeper than ``maximumDepth`` levels are
/// not indexed (no generated type nests that deep).
public struct RPCQueryDecoder: Sendable {
    /// The most items a server decodes in one call.
    public static let maximumItems = 10_000
    /// The deepest nesting indexed: `A.1.B.2.C` is 4 levels below `A`.
    public static let maximumDepth = 16

    private let values: [String: String]
    private let prefixes: Set<String>
    private let prefix: String

    /// Reads these items; a name given twice keeps its first value.
    public init(items: [RPCQueryItem]) {
        var values: [String: String] = [:]
        var prefixes = Set<String>()
        for item in items where values[item.name] == nil {
            values[item.name] = item.value
            var depth = 0
            var index = item.name.startIndex
            while depth < Self.maximumDepth, let dot = item.name[index...].firstIndex(of: ".") {
                let next = item.name.index(after: dot)
                prefixes.insert(String(item.name[..<next]))
                index = next
                depth += 1
            }
        }
        self.init(values: values, prefixes: prefixes, prefix: "")
    }

    private init(values: [String: String], prefixes: Set<String>, prefix: String) {
        self.values = values
        self.prefixes = prefixes
        self.prefix = prefix
    }

    private func name(_ key: String) -> String { prefix + key }

    /// The error for a required parameter that is absent.
    @usableFromInline func missing(_ key: String) -> RPCQueryDecodingError {
        RPCQueryDecodingError(name: name(key), reason: .missing)
    }

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
        guard let nested = nested(forKey: key) else { return nil }
        return try Value(from: nested)
    }

    /// The decoder of the object flattened under `key.`, or nil when no item starts with it: for servers that
    /// decode requests from the spec at run time rather than through a generated type.
    public func nested(forKey key: String) -> RPCQueryDecoder? {
        let nestedPrefix = name(key) + "."
        guard prefixes.contains(nestedPrefix) else { return nil }
        return RPCQueryDecoder(values: values, prefixes: prefixes, prefix: nestedPrefix)
    }

    /// The full name of `key` at this decoder's depth (`Tag.1.Key`), as errors and rule paths name it.
    public func path(_ key: String) -> String { name(key) }

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
