import Foundation

/// Temporary credentials, cached and refreshed before they expire: however many tasks ask at once, one
/// fetch is in flight; a failed refresh keeps the cached credentials while they are still valid.
public actor RefreshingCredentials {
    /// How long before expiry a refresh starts.
    public let margin: TimeInterval
    private let fetch: @Sendable () async throws -> Credentials
    private let now: @Sendable () -> Date
    private var cached: Credentials?
    private var inFlight: Task<Credentials, any Error>?
    /// How many fetches were made (for tests and logs).
    public private(set) var fetches = 0

    /// A cache over `fetch`; credentials without an expiration are kept for good.
    public init(
        margin: TimeInterval = 180, now: @escaping @Sendable () -> Date = { Date() },
        fetch: @escaping @Sendable () async throws -> Credentials
    ) {
        self.margin = margin
        self.now = now
        self.fetch = fetch
    }

    /// The cached credentials, refreshed first when they expire within the margin.
    public func credentials() async throws -> Credentials {
        if let cached, !needsRefresh(cached) { return cached }
        let task: Task<Credentials, any Error>
        if let inFlight {
            task = inFlight
        } else {
            fetches += 1
            let fetch = self.fetch
            task = Task { try await fetch() }
            inFlight = task
        }
        do {
            let fresh = try await task.value
            inFlight = nil
            cached = fresh
            return fresh
        } catch {
            inFlight = nil
            if let cached, let expiration = cached.expiration, now() < expiration { return cached }
            throw error
        }
    }

    private func needsRefresh(_ credentials: Credentials) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return now().addingTimeInterval(margin) >= expiration
    }
}

/// Reads the JSON that credential endpoints answer with (`AccessKeyId`, `AccessKeySecret`, `SecurityToken`,
/// `Expiration` in ISO 8601, `Code` = `Success`), naming `source` in every error and never a value.
enum TemporaryCredentialsJSON {
    static func decode(_ body: [UInt8], source: String) throws -> Credentials {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw CredentialsError("\(source) did not answer with a JSON object")
        }
        if let code = object["Code"] as? String, code != "Success" {
            throw CredentialsError("\(source) answered Code \(code)")
        }
        return try temporary(
            id: object["AccessKeyId"] as? String, secret: object["AccessKeySecret"] as? String,
            token: object["SecurityToken"] as? String, expiration: object["Expiration"] as? String, source: source)
    }

    /// Temporary credentials from the fields a credential endpoint or STS answers with (`Expiration` in
    /// ISO 8601), or an error naming `source` and never a value.
    static func temporary(
        id: String?, secret: String?, token: String?, expiration: String?, source: String
    ) throws(CredentialsError) -> Credentials {
        guard let id, !id.isEmpty, let secret, !secret.isEmpty, let token, !token.isEmpty else {
            throw CredentialsError("\(source) answered without AccessKeyId, AccessKeySecret and SecurityToken")
        }
        let expires = expiration.flatMap { try? Date($0, strategy: Date.ISO8601FormatStyle(timeZone: .gmt)) }
        return try Credentials(accessKeyId: id, accessKeySecret: secret, securityToken: token, expiration: expires)
            .checked(source: source)
    }
}
