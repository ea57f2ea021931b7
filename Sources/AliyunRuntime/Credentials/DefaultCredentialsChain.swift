/// The default chain, in credentials-go's order: the environment when it names an access key; the
/// profile files; the ECS instance's RAM role when `ALIBABA_CLOUD_ECS_METADATA` names it (and
/// `ALIBABA_CLOUD_ECS_METADATA_DISABLED` is not `true`); a credentials URI when
/// `ALIBABA_CLOUD_CREDENTIALS_URI` is set. The network sources are asked only when their variable is set,
/// so a process off ECS never waits on the metadata address. A profile named explicitly (`profile:`, the
/// command line's `--profile`) is the only source asked: the caller chose it, so environment credentials
/// do not override it.
///
/// No credentials anywhere is a ``CredentialsError`` before anything is sent.
public struct DefaultCredentialsChain: CredentialsProvider, CredentialsSourceDescribing {
    private let environment: EnvironmentCredentialsProvider
    private let profiles: ProfileCredentialsProvider
    private let profileChosen: Bool
    private let instanceRole: ECSRAMRoleCredentialsProvider?
    private let uri: URICredentialsProvider?

    /// A chain over the given environment and home directory (the process's by default).
    public init(profile: String? = nil, environment: [String: String] = ProcessEnvironment.current, home: String? = nil)
    {
        self.environment = EnvironmentCredentialsProvider(environment: environment)
        profiles = ProfileCredentialsProvider(profile: profile, environment: environment, home: home)
        profileChosen = profile != nil
        let metadataDisabled = environment["ALIBABA_CLOUD_ECS_METADATA_DISABLED"]?.lowercased() == "true"
        instanceRole =
            environment["ALIBABA_CLOUD_ECS_METADATA"].map { !$0.isEmpty && !metadataDisabled } == true
            ? ECSRAMRoleCredentialsProvider(environment: environment) : nil
        uri = environment["ALIBABA_CLOUD_CREDENTIALS_URI"].flatMap {
            $0.isEmpty ? nil : URICredentialsProvider(uri: $0)
        }
    }

    /// The first source that is configured.
    public func credentials() async throws -> Credentials {
        if profileChosen { return try await profiles.credentials() }
        if environment.isConfigured { return try await environment.credentials() }
        if profiles.isConfigured { return try await profiles.credentials() }
        if let instanceRole { return try await instanceRole.credentials() }
        if let uri { return try await uri.credentials() }
        throw CredentialsError(
            "no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, create "
                + "~/.alibabacloud/credentials or ~/.aliyun/config.json, or name an ECS RAM role "
                + "(ALIBABA_CLOUD_ECS_METADATA) or a credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)")
    }
}

extension DefaultCredentialsChain {
    /// The sources in the order asked.
    public var sourceSummary: String {
        if profileChosen { return profiles.sourceSummary }
        let network = [instanceRole?.sourceSummary, uri?.sourceSummary].compactMap { $0 }
        return ([environment.sourceSummary, profiles.sourceSummary] + network).joined(separator: "; then ")
    }
}
