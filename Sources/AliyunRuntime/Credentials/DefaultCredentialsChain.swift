/// The default chain: the environment when it names an access key, else the profile files.
///
/// No credentials anywhere is a ``CredentialsError`` before anything is sent.
public struct DefaultCredentialsChain: CredentialsProvider {
    private let environment: EnvironmentCredentialsProvider
    private let profiles: ProfileCredentialsProvider

    /// A chain over the given environment and home directory (the process's by default).
    public init(profile: String? = nil, environment: [String: String] = ProcessEnvironment.current, home: String? = nil)
    {
        self.environment = EnvironmentCredentialsProvider(environment: environment)
        profiles = ProfileCredentialsProvider(profile: profile, environment: environment, home: home)
    }

    /// The first source that is configured.
    public func credentials() async throws -> Credentials {
        if environment.isConfigured { return try await environment.credentials() }
        if profiles.isConfigured { return try await profiles.credentials() }
        throw CredentialsError(
            "no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or create "
                + "~/.alibabacloud/credentials or ~/.aliyun/config.json")
    }
}
