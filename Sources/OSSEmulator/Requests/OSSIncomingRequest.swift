import AliyunRuntime
import Foundation

/// A request as the emulator reads it: the bucket and key told from the host (virtual-hosted, `bucket.DOMAIN`) or
/// the path (path-style, `/bucket/key`), the query decoded in order, the headers with lower-case names.
struct OSSIncomingRequest: Sendable {
    var method: String
    var bucket: String?
    var key: String?
    var query: [OSSQueryItem]
    var headers: [String: String]
    var body: [UInt8]
    /// The host the client addressed, without its port.
    var host: String

    /// Reads the request line's target and the headers; `domain` is the name virtual-hosted requests end with.
    init?(method: String, target: String, headers: [String: String], body: [UInt8], domain: String) {
        self.method = method
        self.headers = headers
        self.body = body
        let hostHeader = headers["host"] ?? ""
        host = String(hostHeader.split(separator: ":", maxSplits: 1).first ?? "")
        let (rawPath, rawQuery) = Self.split(target)
        guard let path = Self.percentDecoded(rawPath) else { return nil }
        var query: [OSSQueryItem] = []
        for pair in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.percentDecoded(String(parts[0])),
                let value = Self.percentDecoded(parts.count > 1 ? String(parts[1]) : "")
            else { return nil }
            query.append(OSSQueryItem(name, value))
        }
        self.query = query
        let suffix = "." + domain
        if host.hasSuffix(suffix), host.count > suffix.count {
            bucket = String(host.dropLast(suffix.count))
            let key = String(path.dropFirst())
            self.key = key.isEmpty ? nil : key
        } else {
            let trimmed = path.dropFirst()
            if trimmed.isEmpty {
                bucket = nil
                key = nil
            } else if let slash = trimmed.firstIndex(of: "/") {
                bucket = String(trimmed[..<slash])
                let key = String(trimmed[trimmed.index(after: slash)...])
                self.key = key.isEmpty ? nil : key
            } else {
                bucket = String(trimmed)
                key = nil
            }
        }
    }

    /// The headers as a signature reads them (names in lower case, in name order).
    var signableHeaders: OSSHeaders {
        var headers = OSSHeaders()
        for (name, value) in self.headers.sorted(by: { $0.key < $1.key }) { headers.set(name, value) }
        return headers
    }

    /// The query without a presigned URL's signature parameters: what tells operations apart.
    var operationQuery: [OSSQueryItem] {
        query.filter { !Self.presignParameters.contains($0.name) }
    }

    /// The parameters a presigned URL's signature adds.
    static let presignParameters: Set<String> = [
        "x-oss-signature-version", "x-oss-date", "x-oss-expires", "x-oss-credential", "x-oss-signature",
        "x-oss-security-token", "x-oss-additional-headers", "OSSAccessKeyId", "Expires", "Signature", "security-token",
    ]

    /// The value of a query parameter, nil when absent (empty for a bare `name`).
    func parameter(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Whether the query names the sub-resource.
    func has(_ name: String) -> Bool {
        query.contains { $0.name == name }
    }

    static func split(_ target: String) -> (path: String, query: String) {
        guard let mark = target.firstIndex(of: "?") else { return (target, "") }
        return (String(target[..<mark]), String(target[target.index(after: mark)...]))
    }

    /// `%XX` decoded as UTF-8 (`+` stays a `+`: the SDKs encode a space as `%20`); nil for a broken escape or
    /// invalid UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        text.removingPercentEncoding
    }

    /// Whether this is PostObject: a `multipart/form-data` POST to a bucket, with no key and no sub-resource.
    var isPostObject: Bool {
        method == "POST" && bucket != nil && key == nil && query.isEmpty
            && (headers["content-type"] ?? "").lowercased().hasPrefix("multipart/form-data")
    }
}
