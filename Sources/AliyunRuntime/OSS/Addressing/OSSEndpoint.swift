/// Where OSS requests go: a scheme and a host (with a port, if any), from a region and the kind of endpoint, or
/// given whole (a custom domain, a proxy, an emulator), as the official OSS v2 SDKs resolve it.
public struct OSSEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// Which endpoint of a region.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// `oss-REGION.aliyuncs.com`, over the internet.
        case `public`
        /// `oss-REGION-internal.aliyuncs.com`, from inside the region's network (no traffic charge).
        case `internal`
        /// `REGION.oss.aliyuncs.com`, IPv4 and IPv6.
        case dualStack
        /// `oss-accelerate.aliyuncs.com`, transfer acceleration (the bucket must enable it).
        case accelerate
        /// `oss-accelerate-overseas.aliyuncs.com`, acceleration outside the Chinese mainland.
        case overseasAccelerate
    }

    /// `https` or `http`.
    public var scheme: String
    /// The host, with `:port` when one is given.
    public var host: String

    /// The endpoint of a region.
    ///
    /// - Parameters:
    ///   - region: The region, e.g. `cn-hangzhou`; nil when it is not a region id (lower-case letters, digits, `-`).
    ///   - kind: Which of the region's endpoints.
    ///   - secure: HTTPS (the default) or HTTP.
    public init?(region: String, kind: Kind = .public, secure: Bool = true) {
        guard !region.isEmpty, region.utf8.allSatisfy({ OSSNaming.isRegionCharacter($0) }) else { return nil }
        scheme = secure ? "https" : "http"
        host =
            switch kind {
            case .public: "oss-\(region).aliyuncs.com"
            case .internal: "oss-\(region)-internal.aliyuncs.com"
            case .dualStack: "\(region).oss.aliyuncs.com"
            case .accelerate: "oss-accelerate.aliyuncs.com"
            case .overseasAccelerate: "oss-accelerate-overseas.aliyuncs.com"
            }
    }

    /// An endpoint given whole: `https://oss-cn-hangzhou.aliyuncs.com`, `static.example.com` (HTTPS is assumed, or HTTP
    /// when `secure` is false), `http://127.0.0.1:9000`; nil for an empty host or a scheme other than HTTP(S).
    public init?(_ text: String, secure: Bool = true) {
        var rest = Substring(text)
        var scheme = secure ? "https" : "http"
        if let separator = rest.range(of: "://") {
            scheme = rest[..<separator.lowerBound].lowercased()
            rest = rest[separator.upperBound...]
        }
        guard scheme == "https" || scheme == "http" else { return nil }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "@" }) else { return nil }
        self.scheme = scheme
        self.host = String(host)
    }

    /// `scheme://host`.
    public var description: String { "\(scheme)://\(host)" }

    /// The host without its port (an IPv6 address without its brackets).
    public var hostname: String {
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            return String(host[host.index(after: host.startIndex)..<close])
        }
        return String(host.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// Whether the host is an IP address (a bucket cannot be a subdomain of one: requests go path-style).
    public var isIPAddress: Bool {
        if host.hasPrefix("[") { return true }
        let parts = hostname.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in UInt8(part).map { _ in !part.isEmpty } ?? false }
    }
}
