import Foundation

/// A RAM role assumed with STS `AssumeRoleWithOIDC`, proven by an OIDC token read from a file (the token a
/// Kubernetes cluster mounts for its service account, RRSA on ACK).
///
/// The call is anonymous, as the STS metadata says (`ARS_OIDC`): no access key is needed. The token file is
/// read again for every refresh, because the cluster rotates it. Credentials are cached and refreshed before
/// they expire (``RefreshingCredentials``).
public struct OIDCRoleCredentialsProvider: CredentialsProvider, CredentialsSourceDescribing {
    /// The role (`acs:ram::ACCOUNT:role/NAME`).
    public var roleArn: String
    /// The OIDC identity provider (`acs:ram::ACCOUNT:oidc-provider/NAME`).
    public var oidcProviderArn: String
    /// The file that holds the OIDC token.
    public var tokenFile: String
    /// The session asked for.
    public var session: RoleSession
    /// Where STS is called.
    public var endpoint: ServiceEndpoint
    private let cache: RefreshingCredentials

    /// The environment variables that configure the role in the default chain.
    public static let variables = [
        "ALIBABA_CLOUD_ROLE_ARN", "ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
    ]

    /// A provider for the role.
    ///
    /// - Throws: ``CredentialsError`` when the role, the provider or the token file is empty.
    public init(
        roleArn: String, oidcProviderArn: String, tokenFile: String, session: RoleSession, stsRegion: String? = nil,
        stsVPC: Bool? = nil, network: CredentialsNetwork = CredentialsNetwork(),
        environment: [String: String] = ProcessEnvironment.current
    ) throws(CredentialsError) {
        for (name, value) in [("role ARN", roleArn), ("OIDC provider ARN", oidcProviderArn), ("token file", tokenFile)]
        where value.isEmpty {
            throw CredentialsError("the OIDC role has an empty \(name)")
        }
        let endpoint = STSEndpoint.resolve(
            explicit: network.stsEndpoint, region: stsRegion, vpc: stsVPC, environment: environment)
        self.roleArn = roleArn
        self.oidcProviderArn = oidcProviderArn
        self.tokenFile = tokenFile
        self.session = session
        self.endpoint = endpoint
        let client = STSCaller.client(endpoint: endpoint, credentials: NoCredentialsProvider(), network: network)
        let name = "STS AssumeRoleWithOIDC of \(roleArn) at \(endpoint.host)"
        cache = RefreshingCredentials(now: network.now, source: name) {
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                throw CredentialsError("\(name): cannot read the OIDC token file \(tokenFile)")
            }
            let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else { throw CredentialsError("\(name): the OIDC token file \(tokenFile) is empty") }
            let request = AssumeRoleWithOIDCRequest(
                roleSessionName: session.name, oidcProviderArn: oidcProviderArn, roleArn: roleArn, oidcToken: token,
                policy: session.policy, durationSeconds: Int64(session.durationSeconds))
            return try await STSCaller.fetch(source: name) {
                let issued = try await client.assumeRoleWithOIDC(request).credentials
                return (issued?.accessKeyId, issued?.accessKeySecret, issued?.securityToken, issued?.expiration)
            }
        }
    }

    /// The role configured by `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and
    /// `ALIBABA_CLOUD_OIDC_TOKEN_FILE` (with `ALIBABA_CLOUD_ROLE_SESSION_NAME`), or nil when one is unset.
    public static func fromEnvironment(
        _ environment: [String: String], network: CredentialsNetwork = CredentialsNetwork()
    ) throws(CredentialsError) -> OIDCRoleCredentialsProvider? {
        let values = variables.compactMap { environment[$0].flatMap { $0.isEmpty ? nil : $0 } }
        guard values.count == variables.count else { return nil }
        return try OIDCRoleCredentialsProvider(
            roleArn: values[0], oidcProviderArn: values[1], tokenFile: values[2],
            session: try RoleSession(name: environment["ALIBABA_CLOUD_ROLE_SESSION_NAME"], now: network.now()),
            network: network, environment: environment)
    }

    /// The role's credentials, from the cache unless they expire soon.
    public func credentials() async throws -> Credentials {
        try await cache.credentials()
    }

    /// The role, the identity provider and the token file.
    public var sourceSummary: String {
        "OIDC role \(roleArn) (provider \(oidcProviderArn), token file \(tokenFile), session \(session.name)) "
            + "through STS at \(endpoint.host)"
    }
}
