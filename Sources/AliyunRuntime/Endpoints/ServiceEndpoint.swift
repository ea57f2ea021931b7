/// Where requests go: scheme, host and port.
public struct ServiceEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// `https` or `http`.
    public var scheme: String
    /// The host name or address.
    public var host: String
    /// The port, when not the scheme's default.
    public var port: Int?

    /// Creates an endpoint; HTTPS unless told otherwise.
    public init(host: String, scheme: String = "https", port: Int? = nil) {
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    /// Reads `https://host:port`, `http://host`, or a bare `host[:port]` (HTTPS); nil when malformed.
    public init?(_ text: String) {
        var rest = Substring(text)
        var scheme = "https"
        if let range = rest.range(of: "://") {
            scheme = rest[..<range.lowerBound].lowercased()
            guard scheme == "https" || scheme == "http" else { return nil }
            rest = rest[range.upperBound...]
        }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        guard !rest.isEmpty, !rest.contains("/"), !rest.contains(" ") else { return nil }
        var host = String(rest)
        var port: Int?
        if let colon = rest.lastIndex(of: ":"), !rest.hasSuffix("]") {
            guard let number = Int(rest[rest.index(after: colon)...]), (1...65535).contains(number) else { return nil }
            port = number
            host = String(rest[..<colon])
        }
        guard !host.isEmpty else { return nil }
        self.init(host: host, scheme: scheme, port: port)
    }

    /// `host` or `host:port`, as the `host` header carries it.
    public var authority: String { port.map { "\(host):\($0)" } ?? host }

    /// `scheme://authority`.
    public var description: String { "\(scheme)://\(authority)" }
}

/// Picks the endpoint of a call: the explicit one, else the documented host of the region, else
/// `<product>.<region>.aliyuncs.com`.
public struct EndpointResolver: Sendable {
    /// An endpoint that overrides everything.
    public var explicit: ServiceEndpoint?
    /// The documented hosts by region id.
    public var regional: [String: String]

    /// Creates a resolver.
    public init(explicit: ServiceEndpoint? = nil, regional: [String: String] = [:]) {
        self.explicit = explicit
        self.regional = regional
    }

    /// The endpoint for a product in a region.
    ///
    /// - Throws: ``ConfigurationError`` when there is neither an explicit endpoint nor a region.
    public func resolve(product: String, region: String?) throws(ConfigurationError) -> ServiceEndpoint {
        if let explicit { return explicit }
        guard let region, !region.isEmpty else {
            throw ConfigurationError(
                "no region and no endpoint: give a region id (e.g. cn-hangzhou) or an endpoint URL")
        }
        guard region.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw ConfigurationError("region \"\(region)\" is not a region id (lower-case letters, digits and -)")
        }
        if let host = regional[region] { return ServiceEndpoint(host: host) }
        return ServiceEndpoint(host: "\(product.lowercased()).\(region).aliyuncs.com")
    }
}

/// The client is configured so that no call can be made.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is missing or wrong.
    public var message: String

    /// Creates the error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
