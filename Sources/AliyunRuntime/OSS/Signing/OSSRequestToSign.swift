/// What an OSS signature covers: the method, the bucket and key (the canonical URI is `/bucket/key` whatever the
/// addressing style), the query, the headers, and where the request goes (region and product, in the scope).
public struct OSSRequestToSign: Sendable {
    /// `GET`, `PUT`, `POST`, `DELETE` or `HEAD`.
    public var method: String
    /// The bucket; nil for a request to the service (ListBuckets).
    public var bucket: String?
    /// The object's key, as the user wrote it (not encoded); nil for a request to a bucket.
    public var key: String?
    /// The query's parameters, not encoded (sub-resources such as `acl` or `uploads` have an empty value).
    public var query: [OSSQueryItem]
    /// The headers to send.
    public var headers: OSSHeaders
    /// The region, e.g. `cn-hangzhou`.
    public var region: String
    /// The product in the scope: `oss`.
    public var product: String
    /// Headers to sign beyond those V4 always signs (`host`, `range`, …), when present with a value.
    public var additionalHeaders: Set<String>
    /// Query parameters V1 signs beyond its own list of sub-resources (``OSSV1Signer/subresources``): an
    /// operation's own sub-resource, such as `x-oss-process`.
    public var subresources: Set<String>

    /// Creates the request.
    public init(
        method: String, bucket: String? = nil, key: String? = nil, query: [OSSQueryItem] = [],
        headers: OSSHeaders = OSSHeaders(), region: String, product: String = "oss",
        additionalHeaders: Set<String> = [], subresources: Set<String> = []
    ) {
        self.method = method
        self.bucket = bucket
        self.key = key
        self.query = query
        self.headers = headers
        self.region = region
        self.product = product
        self.additionalHeaders = additionalHeaders
        self.subresources = subresources
    }

    /// `/`, then the bucket and `/`, then the key, percent-encoded with `/` kept.
    public var canonicalURI: String {
        var uri = "/"
        if let bucket { uri += bucket + "/" }
        if let key { uri += key }
        return OSSPercentEncoding.path(uri)
    }
}

/// One query parameter, not encoded.
public struct OSSQueryItem: Sendable, Hashable {
    /// The name.
    public var name: String
    /// The value; empty for a sub-resource such as `acl`.
    public var value: String

    /// Creates the item.
    public init(_ name: String, _ value: String = "") {
        self.name = name
        self.value = value
    }
}

extension [OSSQueryItem] {
    /// Sets a parameter where it stands, or appends it: how a presigned URL's signature parameters are added (an
    /// existing one keeps its place, as the official SDKs keep it).
    mutating func set(_ name: String, _ value: String) {
        if let index = firstIndex(where: { $0.name == name }) {
            self[index].value = value
        } else {
            append(OSSQueryItem(name, value))
        }
    }
}

/// Headers in the order they were set, names compared without case; setting a name again replaces its value.
public struct OSSHeaders: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The headers, in the order they were first set, names as first written.
    public private(set) var entries: [(name: String, value: String)] = []

    /// No headers.
    public init() {}

    /// The headers given, in order.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { set(name, value) }
    }

    /// The value of a header, whatever the case of its name.
    public subscript(name: String) -> String? {
        let lowered = name.lowercased()
        return entries.first { $0.name.lowercased() == lowered }?.value
    }

    /// Sets a header, replacing a value set before under any case of the name.
    public mutating func set(_ name: String, _ value: String) {
        let lowered = name.lowercased()
        if let index = entries.firstIndex(where: { $0.name.lowercased() == lowered }) {
            entries[index].value = value
        } else {
            entries.append((name, value))
        }
    }

    /// Removes a header.
    public mutating func remove(_ name: String) {
        let lowered = name.lowercased()
        entries.removeAll { $0.name.lowercased() == lowered }
    }

    /// Whether both hold the same headers in the same order, names spelled alike.
    public static func == (lhs: OSSHeaders, rhs: OSSHeaders) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.name == $1.name && $0.value == $1.value }
    }

    /// Hashes the headers in order.
    public func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.name)
            hasher.combine(entry.value)
        }
    }
}

/// What signing produced: the headers and query to send, and the intermediate texts (for errors that compare them
/// with the server's `StringToSign`, and for tests).
public struct OSSSignature: Sendable, Hashable {
    /// The headers to send, the signature's among them.
    public var headers: OSSHeaders
    /// The query's parameters, not encoded (a presigned URL's signature among them).
    public var query: [OSSQueryItem]
    /// The canonical request.
    public var canonicalRequest: String
    /// The string signed.
    public var stringToSign: String
    /// The signature, in lower-case hexadecimal (V4) or base64 (V1).
    public var signature: String
    /// Whether ``encodedQuery`` writes a parameter with an empty value as a bare `name` (a presigned URL, as the
    /// official SDKs write it) rather than `name=` (a signed request's URL).
    public var bareEmptyValues: Bool = false

    /// The query, encoded as the URL carries it: `name=value` joined by `&`, in order; an empty value as `name=`,
    /// or a bare `name` when ``bareEmptyValues``.
    public var encodedQuery: String {
        query.map { item in
            let name = OSSPercentEncoding.component(item.name)
            return item.value.isEmpty && bareEmptyValues ? name : "\(name)=\(OSSPercentEncoding.component(item.value))"
        }.joined(separator: "&")
    }
}

/// Percent-encoding as the official OSS SDKs apply it (Python's `quote`): only `A–Z a–z 0–9 - _ . ~` stay (and `/`
/// in a path); every other byte of the UTF-8 form is `%XX`, upper case.
public enum OSSPercentEncoding {
    /// A query name or value: `/` is encoded too.
    public static func component(_ text: String) -> String {
        PercentEncoding.rfc3986(text)
    }

    /// A path: `/` stays.
    public static func path(_ text: String) -> String {
        text.split(separator: "/", omittingEmptySubsequences: false).map { PercentEncoding.rfc3986(String($0)) }
            .joined(separator: "/")
    }
}
