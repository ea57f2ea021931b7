import Foundation

/// Credentials from the shared profile files.
///
/// Tried in order: `~/.alibabacloud/credentials` (INI; `[profile]` sections with `type = access_key`
/// and `access_key_id`/`access_key_secret`, or `type = sts` with `security_token` too) and aliyun-cli's
/// `~/.aliyun/config.json` (`profiles[]` with `mode` `AK` or `StsToken`). The profile is the one
/// named, else `ALIBABA_CLOUD_PROFILE`, else `default` (for the CLI file, its `current`).
public struct ProfileCredentialsProvider: CredentialsProvider, CredentialsSourceDescribing {
    /// The profile asked for, if any.
    public var profile: String?
    private let environment: [String: String]
    private let home: String

    /// Reads the profile files under `home`.
    public init(profile: String? = nil, environment: [String: String] = ProcessEnvironment.current, home: String? = nil)
    {
        self.profile = profile
        self.environment = environment
        self.home = home ?? environment["HOME"] ?? ProcessEnvironment.home
    }

    var credentialsFile: String { "\(home)/.alibabacloud/credentials" }
    var cliConfigFile: String { "\(home)/.aliyun/config.json" }

    /// Whether either file exists.
    public var isConfigured: Bool {
        FileManager.default.fileExists(atPath: credentialsFile) || FileManager.default.fileExists(atPath: cliConfigFile)
    }

    /// The chosen profile's credentials.
    public func credentials() async throws -> Credentials {
        let wanted = profile ?? environment["ALIBABA_CLOUD_PROFILE"]
        if let text = read(credentialsFile) {
            let sections = try INIFile.parse(text, path: credentialsFile)
            let name = wanted ?? "default"
            if let section = sections[name] {
                return try Self.credentials(fromINI: section, profile: name, path: credentialsFile)
                    .checked(source: "\(credentialsFile), profile [\(name)]")
            }
            if read(cliConfigFile) == nil {
                throw CredentialsError("\(credentialsFile) has no profile [\(name)]")
            }
        }
        if let text = read(cliConfigFile) {
            return try CLIConfigFile.credentials(text, profile: wanted, path: cliConfigFile)
                .checked(source: "\(cliConfigFile), profile \(wanted ?? "current")")
        }
        throw CredentialsError("no profile file: neither \(credentialsFile) nor \(cliConfigFile) exists")
    }

    /// The profile and the files read.
    public var sourceSummary: String {
        "profile \(profile ?? environment["ALIBABA_CLOUD_PROFILE"] ?? "default"), files \(credentialsFile), \(cliConfigFile)"
    }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }

    static func credentials(fromINI section: [String: String], profile: String, path: String) throws -> Credentials {
        let type = section["type"] ?? "access_key"
        guard ["access_key", "sts"].contains(type) else {
            throw CredentialsError("\(path): profile [\(profile)] has type \(type); supported: access_key, sts")
        }
        guard let id = section["access_key_id"], !id.isEmpty, let secret = section["access_key_secret"], !secret.isEmpty
        else {
            throw CredentialsError("\(path): profile [\(profile)] lacks access_key_id or access_key_secret")
        }
        var token: String?
        if type == "sts" {
            guard let value = section["security_token"], !value.isEmpty else {
                throw CredentialsError("\(path): profile [\(profile)] of type sts lacks security_token")
            }
            token = value
        }
        return Credentials(accessKeyId: id, accessKeySecret: secret, securityToken: token)
    }
}
