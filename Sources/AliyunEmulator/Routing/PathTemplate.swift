import Foundation

/// A ROA path template (`/clusters/{ClusterId}/nodepools/{+Path}`) matched against a request's path: the literal
/// segments must be equal, each `{Name}` takes one segment (or its part between a literal prefix and suffix:
/// `{jobId}:stop`) and a `{+Name}` the rest, percent-decoded.
struct PathTemplate: Sendable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String, prefix: String, suffix: String)
        case rest(String)
    }

    let segments: [Segment]
    /// The template as written.
    let text: String

    init(_ template: String) {
        text = template
        // A template's own query (`/{key}?uploads`) names a sub-resource, not a path segment.
        let path = template.split(separator: "?", maxSplits: 1).first.map(String.init) ?? template
        segments = path.split(separator: "/", omittingEmptySubsequences: true).map { part in
            guard let open = part.firstIndex(of: "{"), let close = part[open...].firstIndex(of: "}") else {
                return .literal(String(part))
            }
            let name = part[part.index(after: open)..<close]
            let (prefix, suffix) = (String(part[..<open]), String(part[part.index(after: close)...]))
            if name.hasPrefix("+"), prefix.isEmpty, suffix.isEmpty { return .rest(String(name.dropFirst())) }
            return .parameter(String(name), prefix: prefix, suffix: suffix)
        }
    }

    /// The path parameters' values when `path` (as sent, percent-encoded) matches; nil otherwise.
    func match(_ path: String) -> [String: String]? {
        let parts = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        let sent = parts.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var values: [String: String] = [:]
        var index = 0
        for segment in segments {
            switch segment {
            case .literal(let literal):
                guard index < sent.count, sent[index] == literal else { return nil }
                index += 1
            case .parameter(let name, let prefix, let suffix):
                guard index < sent.count, sent[index].count >= prefix.count + suffix.count,
                    sent[index].hasPrefix(prefix), sent[index].hasSuffix(suffix),
                    let value = String(sent[index].dropFirst(prefix.count).dropLast(suffix.count))
                        .removingPercentEncoding
                else { return nil }
                values[name] = value
                index += 1
            case .rest(let name):
                guard index < sent.count else { return nil }
                values[name] = sent[index...].joined(separator: "/").removingPercentEncoding
                index = sent.count
            }
        }
        return index == sent.count ? values : nil
    }

    /// How specific the template is: more literal segments first, so `/clusters/zones` wins over `/clusters/{Id}`.
    var specificity: Int { segments.filter { if case .literal = $0 { true } else { false } }.count }
}
