import Logging

/// How ``SLSLogHandler`` writes swift-log metadata as Log Service contents, all strings:
///
/// - a value is written under its own key (`request-id`), not prefixed, so that Log Service's index sees the
///   names the code uses;
/// - a dictionary is flattened, its keys joined by dots (`http: [method: GET]` is `http.method`);
/// - an array is written as swift-log describes it (`[a, b]`);
/// - a key that is one of the handler's own fields (`level`, `message`, `logger`, `source`, `file`, `function`,
///   `line`, `error`) is written as `metadata.<key>`, so that it never hides them;
/// - keys come in sorted order, so that the same metadata is always written alike.
public enum SLSLogFields {
    /// The content keys the handler writes itself.
    public static let reserved: Set<String> = [
        "level", "message", "logger", "source", "file", "function", "line", "error",
    ]

    /// `metadata` as contents, appended to `contents`.
    public static func append(_ metadata: Logger.Metadata, to contents: inout [SLSLogField]) {
        append(metadata, prefix: "", to: &contents)
    }

    private static func append(_ metadata: Logger.Metadata, prefix: String, to contents: inout [SLSLogField]) {
        for key in metadata.keys.sorted() {
            guard let value = metadata[key] else { continue }
            let name = prefix.isEmpty ? (reserved.contains(key) ? "metadata.\(key)" : key) : "\(prefix).\(key)"
            switch value {
            case .dictionary(let nested) where !nested.isEmpty:
                append(nested, prefix: name, to: &contents)
            case .string(let text):
                contents.append(SLSLogField(key: name, value: text))
            default:
                contents.append(SLSLogField(key: name, value: value.description))
            }
        }
    }
}
