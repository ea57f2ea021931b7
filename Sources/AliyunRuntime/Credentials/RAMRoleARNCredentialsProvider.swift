import Foundation

/// A RAM role assumed with STS `AssumeRole`, signed with the credentials of another source (an access
/// key, or another role for aliyun-cli's `ChainableRamRoleArn`).
///
/// The call goes through the ``STSClient`` this project generates from STS's api-docs, to the endpoint
/// ``STSEndpoint`` chooses. The role's credentials are cached and refreshed before they expire, one
/// refresh in flight however many tasks ask (``RefreshingCredentials``).
public struct RAMRoleARNCredentialsProvider: CredentialsProvider, CredentialsSourceDescribing {
    /// The role (`acs:ram::ACCOUNT:role/NAME`).
    public var roleArn: String
    /// The session asked for.
    public var session: RoleSession
    /// The external ID the role's trust policy asks for, if any.
    public var externalId: String?
    /// Where STS is called.
    public var endpoint: ServiceEndpoint
    private let sourceDescription: String
    private let cache: RefreshingCredentials

    /// A provider that signs `AssumeRole` with `source`'s credentials.
    ///
    /// - Throws: ``CredentialsError`` when the role ARN is empty.
    public init(
        source: any CredentialsProvider, roleArn: String, session: RoleSession, externalId: String? = nil,
        stsRegion: String? = nil, stsVPC: Bool? = nil, network: CredentialsNetwork = CredentialsNetwork(),
        environment: [String: String] = ProcessEnvironment.current
    ) throws(CredentialsError) {
        guard !roleArn.isEmpty else { throw CredentialsError("the RAM role to assume has an empty ARN") }
        let endpoint = STSEndpoint.resolve(
            explicit: network.stsEndpoint, region: stsRegion, vpc: stsVPC, environment: environment)
        let externalId = externalId.flatMap { $0.isEmpty ? nil : $0 }
        self.roleArn = roleArn
        self.session = session
        self.externalId = externalId
        self.endpoint = endpoint
        sourceDescription = (source as? any CredentialsSourceDescribing)?.sourceSummary ?? "\(type(of: source))"
        let client = STSCaller.client(endpoint: endpoint, credentials: source, network: network)
        let request = AssumeRoleRequest(
            roleArn: roleArn, roleSessionName: session.name, durationSeconds: Int64(session.durationSeconds),
            policy: session.policy, externalId: externalId)
        let name = "STS AssumeRole of \(roleArn) at \(endpoint.host)"
        cache = RefreshingCredentials(now: network.now, source: name) {
            try await STSCaller.fetch(source: name) {
                let issued = try await client.assumeRole(request).credentials
                return (issued?.accessKeyId, issued?.accessKeySecret, issued?.securityToken, issued?.expiration)
            }
        }
    }

    /// The role's credentials, from the cache unless they expire soon.
    public func credentials() async throws -> Credentials {
        try await cache.credentials()
    }

    /// The role, the session and the source that signs for it.
    public var sourceSummary: String {
        "RAM role \(roleArn) (session \(session.name), \(session.durationSeconds) s) through STS at \(endpoint.host), "
            + "signed with \(sourceDescription)"
    }
}
