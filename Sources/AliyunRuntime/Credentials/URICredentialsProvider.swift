import Foundation

/// Temporary credentials from a URL that answers with them as JSON (`AccessKeyId`, `AccessKeySecret`,
/// `SecurityToken`, `Expiration`, `Code` = `Success`): `ALIBABA_CLOUD_CREDENTIALS_URI`, as Alibaba's
/// credential libraries read it. Cached and refreshed before they expire.
public struct URICredentialsProvider: CredentialsProvider, CredentialsSourceDescribing {
    /// The URL.
    public var uri: String
    private let cache: RefreshingCredentials

    /// A provider fetching from `uri` (the environment's `ALIBABA_CLOUD_CREDENTIALS_URI` by default).
    public init(
        uri: String, transport: any HTTPTransport = AsyncHTTPClientTransport.shared,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.uri = uri
        cache = RefreshingCredentials(now: now, source: "the credentials URI \(Redaction.location(uri))") {
            let response = try await transport.send(
                HTTPRequest(method: "GET", url: uri, headers: [], body: []), timeouts: Timeouts())
            guard response.status == 200 else {
                throw CredentialsError("the credentials URI answered HTTP \(response.status)")
            }
            return try TemporaryCredentialsJSON.decode(response.body, source: "the credentials URI")
        }
    }

    /// The credentials, from the cache unless they expire soon.
    public func credentials() async throws -> Credentials {
        try await cache.credentials()
    }

    /// The URL without its user information and query, either of which may carry a secret.
    public var sourceSummary: String { "credentials URI " + Redaction.location(uri) }
}
