import Foundation

/// What must never appear in a description, a dump or a log: the one list of secret-bearing headers and
/// query parameters, and how text stands in for them.
public enum Redaction {
    /// What replaces a secret.
    public static let placeholder = "<redacted>"

    /// Headers that carry a secret (names in lower case): the V3 signature, STS and bearer tokens.
    public static let secretHeaders: Set<String> = ["authorization", "x-acs-security-token", "x-acs-bearer-token"]

    /// Query parameters (and members of JSON answers) that carry a secret: the V1 signature, STS and bearer
    /// tokens, and an access key secret.
    public static let secretParameters: Set<String> = ["Signature", "SecurityToken", "BearerToken", "AccessKeySecret"]

    /// Headers with the secret ones' values replaced.
    public static func headers(_ headers: [(name: String, value: String)]) -> [(name: String, value: String)] {
        headers.map { secretHeaders.contains($0.name.lowercased()) ? ($0.name, placeholder) : $0 }
    }

    /// An encoded query (`a=1&Signature=…`) with the secret parameters' values replaced.
    public static func query(_ query: String) -> String {
        query.split(separator: "&", omittingEmptySubsequences: false).map { item in
            let name = item.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            let decoded = name.removingPercentEncoding ?? name
            return secretParameters.contains(decoded) ? "\(name)=\(placeholder)" : String(item)
        }.joined(separator: "&")
    }

    /// A URL without its user information (`user:password@`) and with its query's secret parameters replaced.
    public static func url(_ url: String) -> String {
        let url = removingUserInfo(url)
        guard let mark = url.firstIndex(of: "?") else { return url }
        return String(url[...mark]) + query(String(url[url.index(after: mark)...]))
    }

    /// The text with every occurrence of each secret, as it is and percent-encoded once or twice (as V1's
    /// string to sign holds it), replaced.
    public static func scrub(_ text: String, secrets: [String]) -> String {
        var text = text
        for secret in secrets where !secret.isEmpty {
            for form in percentEncodedForms(secret) {
                text = text.replacingOccurrences(of: form, with: placeholder)
            }
        }
        return text
    }

    /// The forms text takes where a request is quoted, longest first: percent-encoded twice (V1's string to
    /// sign encodes the already encoded query), once, and as it is.
    static func percentEncodedForms(_ text: String) -> [String] {
        let once = PercentEncoding.rfc3986(text)
        return [PercentEncoding.rfc3986(once), once, text]
    }

    /// `name: value` lines of headers, secrets replaced.
    static func describe(_ headers: [(name: String, value: String)]) -> String {
        "[" + Self.headers(headers).map { "\($0.name): \($0.value)" }.joined(separator: ", ") + "]"
    }
}
