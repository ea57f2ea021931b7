/// `oss://bucket/key` (or `oss://bucket/` and `oss://bucket/prefix` for listings), or a local path.
enum OSSLocation: Equatable {
    case object(bucket: String, key: String)
    case local(String)

    /// `oss://` followed by the bucket and, after a `/`, the key (possibly empty).
    static func parse(_ text: String) -> OSSLocation {
        guard text.hasPrefix("oss://") else { return .local(text) }
        let rest = text.dropFirst("oss://".count)
        guard let slash = rest.firstIndex(of: "/") else { return .object(bucket: String(rest), key: "") }
        return .object(bucket: String(rest[..<slash]), key: String(rest[rest.index(after: slash)...]))
    }
}
