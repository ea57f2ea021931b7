/// The default chain: the environment when it names an access key, else the profile files. A profile
/// named explicitly (`profile:`, the command line's `--profile`) is the only source asked: the caller chose
/// it, so environment credentials do not override it.
///
/// No credentials anywhere is a ``CredentialsError`` before anything is sent.
public struct DefaultCredentialsChain: CredentialsProvider, CredentialsSourceDescribing {
    private let environment: EnvironmentCredentialsProvider
    private let profiles: ProfileCredentialsProvider
    private let profileChosen: Bool

    /// A chain over the given environment and home directory (the process's by default).
    public init(profile: String? = nil, environment: [String: String] = ProcessEnvironment.current, home: String? = nil)
    {
        self.environment = EnvironmentCredentialsProvider(environment: environment)
        profiles = ProfileCredentialsProvider(profile: profile, environment: environment, home: home)
        profileChosen = profile != nil
    }

    /// The first source that is configured.
    public func credentials() async throws -> Credentials {
        if profileChosen { return try await profiles.credentials() }
        if environment.isConfigured { return try await environment.credentials() }
        if profiles.isConfigured { return try await profiles.credentials() }
        throw CredentialsError(
            "no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or create "
                + "~/.alibabacloud/credentials or ~/.aliyun/config.json")
    }
}

extension DefaultCredentialsChain {
    /// The sources in the order asked.
    public var sourceSummary: String {
        profileChosen ? profiles.sourceSummary : "\(environment.sourceSummary); then \(profiles.sourceSummary)"
    }
}
