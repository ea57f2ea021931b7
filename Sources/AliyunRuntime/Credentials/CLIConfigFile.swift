import Foundation

/// aliyun-cli's `~/.aliyun/config.json`: `{"current": NAME, "profiles": [{"name", "mode", …}]}`, read as
/// credentials-go and the Python `alibabacloud-credentials` read it. Every mode that yields credentials is
/// supported:
///
/// - `AK`: `access_key_id`, `access_key_secret`;
/// - `StsToken`: the same and `sts_token`;
/// - `RamRoleArn`: an access key and `ram_role_arn`, `ram_session_name`, `expired_seconds`, `policy`,
///   `external_id`, `sts_region`, `enable_vpc` (``RAMRoleARNCredentialsProvider``);
/// - `EcsRamRole`: `ram_role_name` (``ECSRAMRoleCredentialsProvider``);
/// - `OIDC`: `ram_role_arn`, `oidc_provider_arn`, `oidc_token_file`, `role_session_name`, `expired_seconds`,
///   `policy`, `sts_region`, `enable_vpc` (``OIDCRoleCredentialsProvider``);
/// - `ChainableRamRoleArn`: `source_profile` (another profile of the file, whose credentials sign) and the
///   role settings of `RamRoleArn`; a loop of source profiles is an error.
///
/// The browser sign-in modes (`CloudSSO`, `OAuth`) and `External` (a program that prints credentials) are
/// refused with an error that names them.
enum CLIConfigFile {
    static let modes = ["AK", "StsToken", "RamRoleArn", "EcsRamRole", "OIDC", "ChainableRamRoleArn"]

    /// The provider of the profile named `wanted`, else of the file's `current`, else of `default`.
    static func provider(
        _ text: String, profile wanted: String?, path: String, environment: [String: String],
        network: CredentialsNetwork
    ) throws(CredentialsError) -> any CredentialsProvider {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw CredentialsError("\(path): not an aliyun-cli config file (not a JSON object)")
        }
        guard let profiles = object["profiles"] as? [[String: Any]] else {
            throw CredentialsError("\(path): not an aliyun-cli config file (no \"profiles\" list)")
        }
        let current = (object["current"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        let name = wanted ?? current ?? "default"
        var reader = Reader(path: path, profiles: profiles, environment: environment, network: network)
        return try reader.provider(named: name)
    }

    private struct Reader {
        let path: String
        let profiles: [[String: Any]]
        let environment: [String: String]
        let network: CredentialsNetwork
        var visiting: [String] = []

        mutating func provider(named name: String) throws(CredentialsError) -> any CredentialsProvider {
            guard !visiting.contains(name) else {
                throw CredentialsError(
                    "\(path): the source profiles loop (\((visiting + [name]).joined(separator: " → ")))")
            }
            guard let profile = profiles.first(where: { $0["name"] as? String == name }) else {
                throw CredentialsError("\(path) has no profile \"\(name)\"")
            }
            visiting.append(name)
            defer { visiting.removeLast() }
            let fields = Fields(profile: profile, name: name, path: path)
            let mode = try fields.string("mode") ?? "AK"
            let source = "\(path), profile \"\(name)\""
            switch mode {
            case "AK":
                return StaticCredentialsProvider(try fields.accessKey(), source: source)
            case "StsToken":
                var credentials = try fields.accessKey()
                credentials.securityToken = try fields.required("sts_token", for: mode)
                return StaticCredentialsProvider(credentials, source: source)
            case "RamRoleArn", "ChainableRamRoleArn":
                let signer: any CredentialsProvider
                if mode == "RamRoleArn" {
                    signer = StaticCredentialsProvider(try fields.accessKey(), source: source)
                } else {
                    signer = try provider(named: try fields.required("source_profile", for: mode))
                }
                return try RAMRoleARNCredentialsProvider(
                    source: signer, roleArn: try fields.required("ram_role_arn", for: mode),
                    session: try RoleSession(
                        name: try fields.string("ram_session_name"), durationSeconds: try fields.int("expired_seconds"),
                        policy: try fields.string("policy"), now: network.now()),
                    externalId: try fields.string("external_id"), stsRegion: try fields.string("sts_region"),
                    stsVPC: try fields.bool("enable_vpc"), network: network, environment: environment)
            case "EcsRamRole":
                return ECSRAMRoleCredentialsProvider(
                    roleName: try fields.string("ram_role_name"), endpoint: network.metadataEndpoint,
                    environment: environment, transport: network.transport, now: network.now)
            case "OIDC":
                return try OIDCRoleCredentialsProvider(
                    roleArn: try fields.required("ram_role_arn", for: mode),
                    oidcProviderArn: try fields.required("oidc_provider_arn", for: mode),
                    tokenFile: try fields.required("oidc_token_file", for: mode),
                    session: try RoleSession(
                        name: try fields.string("role_session_name"),
                        durationSeconds: try fields.int("expired_seconds"),
                        policy: try fields.string("policy"), now: network.now()),
                    stsRegion: try fields.string("sts_region"), stsVPC: try fields.bool("enable_vpc"), network: network,
                    environment: environment)
            default:
                throw CredentialsError(
                    "\(path): profile \"\(name)\" has mode \(mode); supported: \(modes.joined(separator: ", "))")
            }
        }
    }

    /// One profile's fields, each read with its type checked; errors name the profile, never a value.
    private struct Fields {
        let profile: [String: Any]
        let name: String
        let path: String

        func string(_ key: String) throws(CredentialsError) -> String? {
            guard let value = profile[key], !(value is NSNull) else { return nil }
            guard let text = value as? String else {
                throw CredentialsError("\(path): profile \"\(name)\": \"\(key)\" is not a string")
            }
            return text.isEmpty ? nil : text
        }

        func required(_ key: String, for mode: String) throws(CredentialsError) -> String {
            guard let text = try string(key) else {
                throw CredentialsError("\(path): profile \"\(name)\" of mode \(mode) lacks \(key)")
            }
            return text
        }

        func int(_ key: String) throws(CredentialsError) -> Int? {
            switch profile[key] {
            case nil, is NSNull: return nil
            case let text as String where text.isEmpty: return nil
            case let text as String:
                guard let number = Int(text) else {
                    throw CredentialsError("\(path): profile \"\(name)\": \"\(key)\" is not a whole number")
                }
                return number == 0 ? nil : number
            case let number as NSNumber:
                guard let exact = Int(exactly: number.doubleValue) else {
                    throw CredentialsError("\(path): profile \"\(name)\": \"\(key)\" is not a whole number")
                }
                // aliyun-cli writes 0 for "not set".
                return exact == 0 ? nil : exact
            default:
                throw CredentialsError("\(path): profile \"\(name)\": \"\(key)\" is not a whole number")
            }
        }

        func bool(_ key: String) throws(CredentialsError) -> Bool? {
            switch profile[key] {
            case nil, is NSNull: return nil
            case let flag as Bool: return flag
            case let text as String where ["true", "false"].contains(text.lowercased()):
                return text.lowercased() == "true"
            default: throw CredentialsError("\(path): profile \"\(name)\": \"\(key)\" is not true or false")
            }
        }

        func accessKey() throws(CredentialsError) -> Credentials {
            guard let id = try string("access_key_id"), let secret = try string("access_key_secret") else {
                throw CredentialsError("\(path): profile \"\(name)\" lacks access_key_id or access_key_secret")
            }
            return Credentials(accessKeyId: id, accessKeySecret: secret)
        }
    }
}
