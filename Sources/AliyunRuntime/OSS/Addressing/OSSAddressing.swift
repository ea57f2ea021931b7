/// How a bucket is addressed, as the official OSS v2 SDKs choose it.
public enum OSSAddressingStyle: String, Sendable, Hashable, CaseIterable {
    /// `https://BUCKET.ENDPOINT/KEY`: OSS's default.
    case virtualHosted
    /// `https://ENDPOINT/BUCKET/KEY`: for IP endpoints (chosen whatever is asked), emulators and some proxies.
    case path
    /// `https://CUSTOM-DOMAIN/KEY`: a domain bound to one bucket (CNAME); the endpoint is that domain.
    case customDomain
}

/// The URL of an OSS request: the endpoint, the bucket in the host or the path, the key percent-encoded with `/`
/// kept, the query as signing encoded it.
public enum OSSAddressing {
    /// The style actually used: path-style for an IP endpoint, whatever was asked (there is no `BUCKET.1.2.3.4`).
    public static func style(_ asked: OSSAddressingStyle, for endpoint: OSSEndpoint) -> OSSAddressingStyle {
        endpoint.isIPAddress ? .path : asked
    }

    /// The URL of a request.
    ///
    /// - Parameters:
    ///   - endpoint: Where requests go.
    ///   - style: How the bucket is addressed (``style(_:for:)`` decides for IP endpoints).
    ///   - bucket: The bucket; nil for a request to the service (ListBuckets).
    ///   - key: The object's key, not encoded; nil for a request to a bucket.
    ///   - query: The encoded query (``OSSSignature/encodedQuery``), empty for none.
    /// - Returns: `scheme://host/path?query`.
    public static func url(
        endpoint: OSSEndpoint, style: OSSAddressingStyle, bucket: String?, key: String?, query: String = ""
    ) -> String {
        var host = endpoint.host
        var path: [String] = []
        if let bucket {
            switch self.style(style, for: endpoint) {
            case .virtualHosted: host = "\(bucket).\(endpoint.host)"
            case .path:
                path.append(bucket)
                if key == nil { path.append("") }
            case .customDomain: break
            }
        }
        if let key { path.append(OSSPercentEncoding.path(key)) }
        let url = "\(endpoint.scheme)://\(host)/\(path.joined(separator: "/"))"
        return query.isEmpty ? url : "\(url)?\(query)"
    }
}

/// OSS's naming rules, checked before a request is sent (a name OSS would refuse never leaves the client) and by the
/// emulator.
public enum OSSNaming {
    /// A bucket's name: 3–63 characters, lower-case letters, digits and `-`, not starting or ending with `-`.
    public static func isValidBucketName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (3...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else {
            return false
        }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// An object's key: 1–1023 bytes of UTF-8, not starting with `/` or `\`.
    public static func isValidObjectKey(_ key: String) -> Bool {
        (1...1023).contains(key.utf8.count) && !key.hasPrefix("/") && !key.hasPrefix("\\")
    }

    /// A region id's characters: lower-case letters, digits and `-`.
    static func isRegionCharacter(_ byte: UInt8) -> Bool {
        isLowerAlphanumeric(byte) || byte == UInt8(ascii: "-")
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
