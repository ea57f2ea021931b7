import Foundation

/// aliyun-cli's `~/.aliyun/config.json`: `{"current": "default", "profiles": [{"name", "mode",
/// "access_key_id", "access_key_secret", "sts_token"}]}`.
enum CLIConfigFile {
    private struct File: Decodable {
        var current: String?
        var profiles: [Profile]
    }

    private struct Profile: Decodable {
        var name: String
        var mode: String?
        var accessKeyId: String?
        var accessKeySecret: String?
        var stsToken: String?

        enum CodingKeys: String, CodingKey {
            case name, mode
            case accessKeyId = "access_key_id"
            case accessKeySecret = "access_key_secret"
            case stsToken = "sts_token"
        }
    }

    static func credentials(_ text: String, profile wanted: String?, path: String) throws -> Credentials {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(text.utf8))
        } catch {
            throw CredentialsError("\(path): not an aliyun-cli config file (\(Self.reason(error)))")
        }
        let name = wanted ?? file.current ?? "default"
        guard let profile = file.profiles.first(where: { $0.name == name }) else {
            throw CredentialsError("\(path) has no profile \"\(name)\"")
        }
        let mode = profile.mode ?? "AK"
        guard mode == "AK" || mode == "StsToken" else {
            throw CredentialsError("\(path): profile \"\(name)\" has mode \(mode); supported: AK, StsToken")
        }
        guard let id = profile.accessKeyId, !id.isEmpty, let secret = profile.accessKeySecret, !secret.isEmpty else {
            throw CredentialsError("\(path): profile \"\(name)\" lacks access_key_id or access_key_secret")
        }
        if mode == "StsToken" {
            guard let token = profile.stsToken, !token.isEmpty else {
                throw CredentialsError("\(path): profile \"\(name)\" of mode StsToken lacks sts_token")
            }
            return Credentials(accessKeyId: id, accessKeySecret: secret, securityToken: token)
        }
        return Credentials(accessKeyId: id, accessKeySecret: secret)
    }

    /// A decoding error's reason without the file's contents.
    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "invalid JSON"
        }
    }
}
