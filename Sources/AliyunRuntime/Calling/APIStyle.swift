/// How an API addresses its operations, from the metadata's `info.style`.
public enum APIStyle: String, Sendable, Hashable, Codable {
    /// `POST /` with the action and every parameter in the query (or a form body).
    case rpc = "RPC"
    /// A path and a method per operation, with path, query, header and body parameters.
    case roa = "ROA"
}
