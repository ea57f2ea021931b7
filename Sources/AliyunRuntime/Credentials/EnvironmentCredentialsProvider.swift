/// `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and, for STS credentials,
/// `ALIBABA_CLOUD_SECURITY_TOKEN`.
public struct EnvironmentCredentialsProvider: CredentialsProvider, CredentialsSourceDescribing {
    private let environment: [String: String]

    /// Reads the given environment (the process's by default).
    public init(environment: [String: String] = ProcessEnvironment.current) {
        self.environment = environment
    }

    /// Whether the environment names an access key at all.
    public var isConfigured: Bool {
        environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] != nil || environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] != nil
    }

    /// The credentials in the environment.
    public func credentials() async throws -> Credentials {
        guard let id = environment["ALIBABA_CLOUD_ACCESS_KEY_ID"], !id.isEmpty else {
            throw CredentialsError("ALIBABA_CLOUD_ACCESS_KEY_ID is not set")
        }
        guard let secret = environment["ALIBABA_CLOUD_ACCESS_KEY_SECRET"], !secret.isEmpty else {
            throw CredentialsError("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set")
        }
        let token = environment["ALIBABA_CLOUD_SECURITY_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        return try Credentials(accessKeyId: id, accessKeySecret: secret, securityToken: token)
            .checked(source: "the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, _SECRET, ALIBABA_CLOUD_SECURITY_TOKEN)")
    }

    /// The variables that are set, by name.
    public var sourceSummary: String {
        let set = Self.variables.filter { environment[$0] != nil }
        return "environment: "
            + (set.isEmpty
                ? "none of \(Self.variables.joined(separator: ", ")) set" : "\(set.joined(separator: ", ")) set")
    }

    /// The variables read, in order.
    static let variables = [
        "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN",
    ]
}
