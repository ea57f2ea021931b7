import Foundation

/// What an assumed role's session is: its name, how long its credentials last, and the policy that
/// narrows it. Shared by the RAM-role and OIDC-role providers.
public struct RoleSession: Sendable, Equatable {
    /// The session's name (`RoleSessionName`), which the role's audit log shows.
    public var name: String
    /// How long the credentials last, in seconds (`DurationSeconds`): 900 at least; STS caps it at the
    /// role's maximum.
    public var durationSeconds: Int
    /// A policy that narrows the role's permissions (`Policy`), as JSON text.
    public var policy: String?

    /// The default duration, as the official libraries have it: one hour.
    public static let defaultDurationSeconds = 3600
    /// The shortest duration STS grants.
    public static let minimumDurationSeconds = 900

    /// A session; a nil or empty name becomes `credentials-swift-<unix time>`, as the official libraries
    /// name theirs.
    ///
    /// - Throws: ``CredentialsError`` for a duration under 900 seconds.
    public init(name: String? = nil, durationSeconds: Int? = nil, policy: String? = nil, now: Date = Date())
        throws(CredentialsError)
    {
        let duration = durationSeconds ?? Self.defaultDurationSeconds
        guard duration >= Self.minimumDurationSeconds else {
            throw CredentialsError(
                "the role session's duration is \(duration) s; STS grants \(Self.minimumDurationSeconds) s at least")
        }
        self.name = name.flatMap { $0.isEmpty ? nil : $0 } ?? "credentials-swift-\(Int(now.timeIntervalSince1970))"
        self.durationSeconds = duration
        self.policy = policy.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// The STS client the role providers call: the generated ``STSClient`` on a configuration of their own
/// (V1 signature, as the official credentials libraries sign STS calls; short timeouts; the usual retries).
enum STSCaller {
    static let timeouts = Timeouts(connect: .seconds(5), read: .seconds(10), total: .seconds(30))

    static func client(
        endpoint: ServiceEndpoint, credentials: any CredentialsProvider, network: CredentialsNetwork
    ) -> STSClient {
        STSClient(
            configuration: RPCClientConfiguration(
                endpoint: endpoint, credentials: credentials, signatureVersion: .v1, timeouts: timeouts,
                now: network.now),
            transport: network.transport)
    }

    /// What a role call answers: the `Credentials` object's fields.
    typealias Answer = (id: String?, secret: String?, token: String?, expiration: String?)

    /// Makes the call and reads its credentials; every failure becomes a ``CredentialsError`` naming `source`.
    static func fetch(source: String, _ call: () async throws -> Answer) async throws -> Credentials {
        let answer: Answer
        do {
            answer = try await call()
        } catch {
            throw failure(error, source: source)
        }
        return try TemporaryCredentialsJSON.temporary(
            id: answer.id, secret: answer.secret, token: answer.token, expiration: answer.expiration, source: source)
    }

    /// A failed call as a credentials error: the service's code and message, or what went wrong on the way.
    static func failure(_ error: any Error, source: String) -> CredentialsError {
        switch error {
        case let error as CredentialsError: CredentialsError("\(source): \(error.message)")
        case let error as any OperationError:
            CredentialsError(
                "\(source) failed: \(error.serviceError.code) (HTTP \(error.serviceError.httpStatus)): "
                    + error.serviceError.message)
        default: CredentialsError("\(source) failed: \(error)")
        }
    }
}

/// The credentials of a call that takes none (STS `AssumeRoleWithOIDC`): asking for them is a bug.
struct NoCredentialsProvider: CredentialsProvider {
    func credentials() async throws -> Credentials {
        throw CredentialsError("an anonymous call asked for credentials")
    }
}
