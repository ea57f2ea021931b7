import Foundation

/// Reads the JSON that credential endpoints answer with (`AccessKeyId`, `AccessKeySecret`, `SecurityToken`,
/// `Expiration` in ISO 8601, `Code` = `Success`), naming `source` in every error and never a value.
enum TemporaryCredentialsJSON {
    static func decode(_ body: [UInt8], source: String) throws -> Credentials {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw CredentialsError("\(source) did not answer with a JSON object")
        }
        if let code = object["Code"] as? String, code != "Success" {
            throw CredentialsError("\(source) answered Code \(code)")
        }
        return try temporary(
            id: object["AccessKeyId"] as? String, secret: object["AccessKeySecret"] as? String,
            token: object["SecurityToken"] as? String, expiration: object["Expiration"] as? String, source: source)
    }

    /// Temporary credentials from the fields a credential endpoint or STS answers with (`Expiration` in
    /// ISO 8601), or an error naming `source` and never a value.
    static func temporary(
        id: String?, secret: String?, token: String?, expiration: String?, source: String
    ) throws(CredentialsError) -> Credentials {
        guard let id, !id.isEmpty, let secret, !secret.isEmpty, let token, !token.isEmpty else {
            throw CredentialsError("\(source) answered without AccessKeyId, AccessKeySecret and SecurityToken")
        }
        let expires = expiration.flatMap { try? Date($0, strategy: Date.ISO8601FormatStyle(timeZone: .gmt)) }
        return try Credentials(accessKeyId: id, accessKeySecret: secret, securityToken: token, expiration: expires)
            .checked(source: source)
    }
}
