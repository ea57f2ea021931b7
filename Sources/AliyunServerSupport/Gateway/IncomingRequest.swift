import AliyunRuntime

/// An HTTP request as a server received it, before anything is trusted.
public struct IncomingRequest: Sendable {
    /// `POST`, `GET`, …
    public var method: String
    /// The path, without the query: `/`.
    public var path: String
    /// The query's items, percent-decoded, in the order sent.
    public var query: [RPCQueryItem]
    /// Headers, names in lower case; a repeated header keeps its first value.
    public var headers: [String: String]
    /// The body's bytes.
    public var body: [UInt8]

    /// Creates a request from its parts; header names are lower-cased.
    public init(method: String, path: String, query: [RPCQueryItem], headers: [String: String], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    /// Creates a request from a target as sent (`/?Action=…`), decoded as a form: `+` is a space (the
    /// official Python SDK sends spaces so, through `requests`; a literal plus arrives as `%2B`), then
    /// `%XX` sequences are decoded; an item without `=` has an empty value.
    public init(method: String, target: String, headers: [String: String], body: [UInt8] = []) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        self.init(
            method: method, path: parts.isEmpty ? "/" : String(parts[0]),
            query: parts.count > 1 ? Self.pairs(parts[1]) : [], headers: headers, body: body)
    }

    /// A form-encoded component decoded: `+` as a space, then percent escapes; text with a broken escape is
    /// kept as sent.
    /// The parameters of a form body (`content-type: application/x-www-form-urlencoded`), as RPC calls carry
    /// their `in: formData` parameters; empty for any other body.
    public var formParameters: [RPCQueryItem] {
        guard headers["content-type"]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true,
            !body.isEmpty
        else { return [] }
        return Self.pairs(String(decoding: body, as: UTF8.self)[...])
    }

    static func pairs(_ text: Substring) -> [RPCQueryItem] {
        text.split(separator: "&").map { pair in
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return RPCQueryItem(
                name: formDecoded(halves[0]), value: halves.count > 1 ? formDecoded(halves[1]) : "")
        }
    }

    static func formDecoded(_ component: Substring) -> String {
        // Most components hold neither: Foundation's decoding is then skipped.
        if !component.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) {
            return String(component)
        }
        let spaced = component.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of a query parameter.
    public func parameter(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}
