/// Collects the parts of a ROA request that are not in its query: the values of its path
/// parameters, its header parameters and its JSON body.
///
/// Generated requests write into one of these (``ROARequestEncodable``); the query comes from
/// their ``RPCQueryEncodable`` conformance, as for RPC.
public struct ROARequestEncoder: Sendable {
    /// The path parameters' values by name, before percent-encoding.
    public private(set) var pathValues: [String: String] = [:]
    /// The header parameters, in order.
    public private(set) var headers: [RPCQueryItem] = []
    /// The host parameters (`in: host`), in order, for the gateway that places them.
    public private(set) var hostValues: [RPCQueryItem] = []
    private var members: [String: JSONValue] = [:]
    private var wholeBody: JSONValue?

    /// Creates an empty encoder.
    public init() {}

    /// A path parameter's value.
    public mutating func encodePath(_ value: some RPCQueryValue, forKey key: String) {
        pathValues[key] = value.rpcQueryValue
    }

    /// A host parameter's value (Log Service's project), which the product's gateway places in the host.
    public mutating func encodeHost(_ value: some RPCQueryValue, forKey key: String) {
        hostValues.append(RPCQueryItem(name: key, value: value.rpcQueryValue))
    }

    /// A scalar header parameter; an absent value is left out.
    public mutating func encodeHeader(_ value: (some RPCQueryValue)?, forKey key: String) {
        guard let value else { return }
        headers.append(RPCQueryItem(name: key, value: value.rpcQueryValue))
    }

    /// A header parameter that is a list or an object, sent as its JSON text.
    public mutating func encodeHeaderJSON(_ value: (some Encodable)?, forKey key: String) throws {
        guard let value else { return }
        headers.append(RPCQueryItem(name: key, value: JSONText.serialize(try JSONValue(encoding: value))))
    }

    /// A member of the JSON body object (a property of the spec's `body` parameter, or a body
    /// parameter of its own); an absent value is left out.
    public mutating func encodeBodyMember(_ value: (some Encodable)?, forKey key: String) throws {
        guard let value else { return }
        members[key] = try JSONValue(encoding: value)
    }

    /// The whole body (a `body` parameter that is a list, a string or a shared type).
    public mutating func encodeBody(_ value: (some Encodable)?) throws {
        guard let value else { return }
        wholeBody = try JSONValue(encoding: value)
    }

    /// The body to send: the whole body if one was given, else an object of the members, else none.
    public var content: RequestContent? {
        if let wholeBody { return .json(wholeBody) }
        return members.isEmpty ? nil : .json(.object(members))
    }

    /// The request path: `template` (`/clusters/{ClusterId}/attach`) with each `{Name}` replaced by
    /// its value, percent-encoded as one path segment (RFC 3986 unreserved characters kept), and each `{+Name}`
    /// (a parameter that is a path of its own) by RFC 6570's reserved expansion of its value
    /// (``PercentEncoding/reservedExpansion(_:)``: `/`, `:` and the other reserved characters kept).
    public func path(_ template: String) throws(ROAPathError) -> String {
        try Self.expand(template, values: pathValues) { value, isPath in
            isPath ? PercentEncoding.reservedExpansion(value) : PercentEncoding.rfc3986(value)
        }
    }

    /// `template` with each `{Name}` and `{+Name}` replaced by `encode` of its value (told whether it was `{+Name}`):
    /// the one reading of path templates, which ROA encodes and OSS (whose key the addressing encodes) does not.
    ///
    /// - Throws: ``ROAPathError`` naming a placeholder without a value, or an unterminated `{…`.
    public static func expand(
        _ template: String, values: [String: String], encode: (_ value: String, _ isPath: Bool) -> String
    ) throws(ROAPathError) -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw ROAPathError(template: template, parameter: String(rest[open...]))
            }
            let placeholder = rest[rest.index(after: open)..<close]
            let isPath = placeholder.hasPrefix("+")
            let name = String(isPath ? placeholder.dropFirst() : placeholder)
            guard let value = values[name] else { throw ROAPathError(template: template, parameter: name) }
            output += encode(value, isPath)
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}

/// A ROA request path names a parameter that has no value.
public struct ROAPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation's path template.
    public var template: String
    /// The parameter without a value (or the unterminated `{…`).
    public var parameter: String

    /// Creates the error.
    public init(template: String, parameter: String) {
        self.template = template
        self.parameter = parameter
    }

    /// The template and the parameter without a value.
    public var description: String {
        "the request path \(template) needs a value for \(parameter)"
    }
}

/// A ROA request: its query comes from ``RPCQueryEncodable``, its path values, headers and body from
/// ``encodeROA(to:)``.
public protocol ROARequestEncodable: RPCQueryEncodable {
    /// Writes the path parameters, header parameters and body members.
    func encodeROA(to encoder: inout ROARequestEncoder) throws
}
