import Foundation

/// Credentials from the shared profile files, in the order of credentials-go's and the Python
/// `alibabacloud-credentials`' default chains: aliyun-cli's `~/.aliyun/config.json` (every credentials mode:
/// ``CLIConfigFile``; skipped when `ALIBABA_CLOUD_CLI_PROFILE_DISABLED` is `true`), then
/// `~/.alibabacloud/credentials` (credentials-go's name; `credentials.ini`, the Python and Java libraries'
/// name, when only that exists; or the file `ALIBABA_CLOUD_CREDENTIALS_FILE` names; every type:
/// ``INIProfile``). A file that lacks the profile or cannot be used passes to the next, and the error
/// names both when neither yields credentials.
///
/// The profile is the one named, else `ALIBABA_CLOUD_PROFILE`; else the CLI file's `current`, and
/// `default` in the credentials file. The profile's provider is built once and kept, so a role's
/// credentials are cached between calls.
public struct ProfileCredentialsProvider: CredentialsProvider, CredentialsSourceDescribing {
    /// The profile asked for, if any.
    public var profile: String?
    private let environment: [String: String]
    private let home: String
    private let network: CredentialsNetwork
    private let chosen = ChosenSource()

    /// Reads the profile files under `home`; roles are assumed through `network`.
    public init(
        profile: String? = nil, environment: [String: String] = ProcessEnvironment.current, home: String? = nil,
        network: CredentialsNetwork = CredentialsNetwork()
    ) {
        self.profile = profile
        self.environment = environment
        self.home = home ?? environment["HOME"] ?? ProcessEnvironment.home
        self.network = network
    }

    var cliConfigFile: String { "\(home)/.aliyun/config.json" }
    /// `ALIBABA_CLOUD_CREDENTIALS_FILE`, else `~/.alibabacloud/credentials` (credentials-go's name) when it
    /// exists, else `~/.alibabacloud/credentials.ini` (the Python and Java libraries' name).
    var credentialsFile: String {
        if let named = environment["ALIBABA_CLOUD_CREDENTIALS_FILE"], !named.isEmpty { return named }
        let plain = "\(home)/.alibabacloud/credentials"
        let ini = plain + ".ini"
        return !FileManager.default.fileExists(atPath: plain) && FileManager.default.fileExists(atPath: ini)
            ? ini : plain
    }
    private var cliDisabled: Bool { environment["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"]?.lowercased() == "true" }
    private var wanted: String? {
        profile ?? environment["ALIBABA_CLOUD_PROFILE"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether either file exists (the CLI file only when it is not disabled).
    public var isConfigured: Bool {
        (!cliDisabled && FileManager.default.fileExists(atPath: cliConfigFile))
            || FileManager.default.fileExists(atPath: credentialsFile)
    }

    /// The chosen profile's credentials.
    public func credentials() async throws -> Credentials {
        let provider = try await chosen.provider { () throws(CredentialsError) in try self.provider() }
        return try await provider.credentials()
    }

    /// The provider of the first file that has the profile.
    private func provider() throws(CredentialsError) -> any CredentialsProvider {
        var reasons: [String] = []
        if !cliDisabled, let text = read(cliConfigFile) {
            do {
                return try CLIConfigFile.provider(
                    text, profile: wanted, path: cliConfigFile, environment: environment, network: network)
            } catch { reasons.append(error.message) }
        }
        if let text = read(credentialsFile) {
            do throws(CredentialsError) {
                let sections = try INIFile.parse(text, path: credentialsFile)
                let name = wanted ?? "default"
                guard let section = sections[name] else {
                    throw CredentialsError("\(credentialsFile) has no profile [\(name)]")
                }
                return try INIProfile.provider(
                    section, profile: name, path: credentialsFile, environment: environment, network: network)
            } catch { reasons.append(error.message) }
        }
        guard reasons.isEmpty else { throw CredentialsError(reasons.joined(separator: "; ")) }
        throw CredentialsError("no profile file: neither \(cliConfigFile) nor \(credentialsFile) exists")
    }

    /// The profile and the files read.
    public var sourceSummary: String {
        "profile \(wanted ?? "current/default"), files "
            + (cliDisabled ? "" : "\(cliConfigFile), ") + credentialsFile
    }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }
}

/// The provider a source settled on, built once: later calls reuse it (and its cached credentials).
actor ChosenSource {
    private var chosen: (any CredentialsProvider)?

    func provider(
        _ make: @Sendable () throws(CredentialsError) -> any CredentialsProvider
    ) throws(CredentialsError) -> any CredentialsProvider {
        if let chosen { return chosen }
        let made = try make()
        chosen = made
        return made
    }
}
