/// The default chain, in the order of credentials-go and the Python `alibabacloud-credentials`:
///
/// 1. the environment (`ALIBABA_CLOUD_ACCESS_KEY_ID`, `_SECRET`, `ALIBABA_CLOUD_SECURITY_TOKEN`);
/// 2. an OIDC role, when `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and
///    `ALIBABA_CLOUD_OIDC_TOKEN_FILE` are all set (``OIDCRoleCredentialsProvider``);
/// 3. aliyun-cli's `~/.aliyun/config.json`, then `~/.alibabacloud/credentials`
///    (``ProfileCredentialsProvider``: every mode and type, RAM roles through STS);
/// 4. the ECS instance's RAM role from the metadata service, unless `ALIBABA_CLOUD_ECS_METADATA_DISABLED`
///    is `true` (``ECSRAMRoleCredentialsProvider``);
/// 5. a credentials URI, when `ALIBABA_CLOUD_CREDENTIALS_URI` is set (``URICredentialsProvider``).
///
/// As in the official libraries, a source that is configured but fails passes to the next, the first that
/// yields credentials is kept for every later call, and when none does the error gives each source's
/// reason. A profile named explicitly (`profile:`, the command line's `--profile`) is the only source
/// asked: the caller chose it, so environment credentials do not override it.
///
/// Off ECS, with no other source configured, step 4 costs one connection attempt to the metadata
/// address (a one-second timeout) before the error; set `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` to skip it.
public struct DefaultCredentialsChain: CredentialsProvider, CredentialsSourceDescribing {
    private let environment: EnvironmentCredentialsProvider
    private let oidc: Result<OIDCRoleCredentialsProvider?, CredentialsError>
    private let profiles: ProfileCredentialsProvider
    private let profileChosen: Bool
    private let instanceRole: ECSRAMRoleCredentialsProvider?
    private let uri: URICredentialsProvider?
    private let settled = SettledSource()

    /// A chain over the given environment and home directory (the process's by default), whose network
    /// sources go through `network`.
    public init(
        profile: String? = nil, environment: [String: String] = ProcessEnvironment.current, home: String? = nil,
        network: CredentialsNetwork = CredentialsNetwork()
    ) {
        self.environment = EnvironmentCredentialsProvider(environment: environment)
        oidc = Result { () throws(CredentialsError) in
            try OIDCRoleCredentialsProvider.fromEnvironment(environment, network: network)
        }
        profiles = ProfileCredentialsProvider(profile: profile, environment: environment, home: home, network: network)
        profileChosen = profile != nil
        instanceRole =
            environment["ALIBABA_CLOUD_ECS_METADATA_DISABLED"]?.lowercased() == "true"
            ? nil
            : ECSRAMRoleCredentialsProvider(
                endpoint: network.metadataEndpoint, environment: environment, transport: network.transport,
                now: network.now)
        uri = environment["ALIBABA_CLOUD_CREDENTIALS_URI"].flatMap {
            $0.isEmpty ? nil : URICredentialsProvider(uri: $0, transport: network.transport, now: network.now)
        }
    }

    /// The sources configured now, in order, each with its name for errors.
    private var sources: [(name: String, provider: any CredentialsProvider)] {
        if profileChosen { return [("profile", profiles)] }
        var sources: [(name: String, provider: any CredentialsProvider)] = []
        if environment.isConfigured { sources.append(("environment", environment)) }
        switch oidc {
        case .success(let role?): sources.append(("OIDC role", role))
        case .success(nil): break
        case .failure(let error): sources.append(("OIDC role", FailingProvider(error: error)))
        }
        if profiles.isConfigured { sources.append(("profile files", profiles)) }
        if let instanceRole { sources.append(("ECS RAM role", instanceRole)) }
        if let uri { sources.append(("credentials URI", uri)) }
        return sources
    }

    /// The credentials of the source settled on, else of the first configured source that yields them.
    public func credentials() async throws -> Credentials {
        if let provider = await settled.provider { return try await provider.credentials() }
        var reasons: [String] = []
        for source in sources {
            do {
                let credentials = try await source.provider.credentials()
                await settled.settle(on: source.provider)
                return credentials
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                reasons.append("\(source.name): \(error)")
            }
        }
        if profileChosen { throw CredentialsError(reasons.joined(separator: "; ")) }
        throw CredentialsError(
            "no credentials"
                + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: "; ")))")
                + ": set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, create "
                + "~/.aliyun/config.json or ~/.alibabacloud/credentials, configure an OIDC role "
                + "(ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE), "
                + "run on ECS with a RAM role, or set ALIBABA_CLOUD_CREDENTIALS_URI")
    }
}

extension DefaultCredentialsChain {
    /// The sources in the order asked.
    public var sourceSummary: String {
        if profileChosen { return profiles.sourceSummary }
        var parts = [environment.sourceSummary]
        if case .success(let role?) = oidc { parts.append(role.sourceSummary) }
        parts.append(profiles.sourceSummary)
        if let instanceRole { parts.append(instanceRole.sourceSummary) }
        if let uri { parts.append(uri.sourceSummary) }
        return parts.joined(separator: "; then ")
    }
}

/// Which source of the chain yielded credentials first; the chain asks only it from then on.
actor SettledSource {
    private(set) var provider: (any CredentialsProvider)?

    func settle(on provider: any CredentialsProvider) {
        if self.provider == nil { self.provider = provider }
    }
}

/// A source whose configuration is broken: it fails with the configuration's error when asked.
struct FailingProvider: CredentialsProvider {
    let error: CredentialsError

    func credentials() async throws -> Credentials { throw error }
}
