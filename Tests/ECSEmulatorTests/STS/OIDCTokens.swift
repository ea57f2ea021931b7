import ECSEmulator
import Foundation

/// OIDC tokens for tests: JWTs of a test issuer, with claims as a test needs them; the signature part is
/// not a real signature (the emulator cannot check one offline).
enum OIDCTokens {
    static let issuer = "https://oidc.example/clusters/c1"
    static let clientId = "sts.aliyuncs.com"

    static func provider(named name: String) -> OIDCProvider {
        OIDCProvider(name: name, issuer: issuer, clientIds: [clientId])
    }

    /// A token whose claims are the defaults (this issuer, this client, a day to live) with `claims` over them;
    /// a nil value removes a claim.
    static func make(
        subject: String = "system:serviceaccount:default:app", algorithm: String = "RS256",
        claims: [String: Any?] = [:]
    ) -> String {
        var payload: [String: Any] = [
            "iss": issuer, "aud": clientId, "sub": subject, "exp": Date().timeIntervalSince1970 + 86_400,
            "iat": Date().timeIntervalSince1970,
        ]
        for (name, value) in claims { payload[name] = value }
        return [part(["alg": algorithm, "typ": "JWT"]), part(payload), "c2lnbmF0dXJl"].joined(separator: ".")
    }

    private static func part(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
