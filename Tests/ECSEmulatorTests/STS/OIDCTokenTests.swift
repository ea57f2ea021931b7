import AliyunRuntime
import ECSEmulator
import Foundation
import Testing

/// What the emulated STS checks before it issues a key for an OIDC token: a configured provider, and a
/// token of its issuer, for one of its clients, not expired — so no network peer gets a working key by
/// sending `a.b.c`.
@Suite("AssumeRoleWithOIDC issues keys only to tokens of a configured provider")
struct OIDCTokenTests {
    static let account = RoleCredentialsTests.account

    /// The error a role session with this token meets, or nil when it gets credentials.
    static func attempt(
        token: String, providers: [OIDCProvider] = [OIDCTokens.provider(named: "cluster")],
        providerName: String = "cluster"
    ) async throws -> String? {
        var configuration = EmulatorConfiguration(credentials: [EmulatorHarness.key])
        configuration.oidcProviders = providers
        let emulator = try await ECSEmulator.start(configuration)
        defer { Task { await emulator.stop() } }
        let home = try RoleCredentialsTests.home(["token": token])
        let provider = try OIDCRoleCredentialsProvider(
            roleArn: RoleCredentialsTests.role, oidcProviderArn: "acs:ram::\(account):oidc-provider/\(providerName)",
            tokenFile: home + "/token", session: RoleSession(name: "s"),
            network: CredentialsNetwork(stsEndpoint: ServiceEndpoint(emulator.url)), environment: [:])
        do {
            let credentials = try await provider.credentials()
            #expect(credentials.accessKeyId.hasPrefix("STS."))
            return nil
        } catch let error as CredentialsError {
            #expect(!error.message.contains(token), "the token is never repeated")
            return error.message
        }
    }

    @Test("a token of the provider's issuer and client, not expired, gets a key")
    func accepted() async throws {
        #expect(try await Self.attempt(token: OIDCTokens.make()) == nil)
        #expect(try await Self.attempt(token: OIDCTokens.make(claims: ["aud": ["other", OIDCTokens.clientId]])) == nil)
    }

    @Test("with no provider configured, no token gets a key, however well formed")
    func noProvider() async throws {
        for token in ["a.b.c", OIDCTokens.make()] {
            let message = try await Self.attempt(token: token, providers: [])
            #expect(message?.contains("EntityNotExist.OIDCProvider") == true, "\(String(describing: message))")
        }
        let unknown = try await Self.attempt(token: OIDCTokens.make(), providerName: "elsewhere")
        #expect(unknown?.contains("EntityNotExist.OIDCProvider") == true)
    }

    @Test(
        "a token that is not a JWT of the provider is refused with STS's code",
        arguments: [
            ("a.b.c", "AuthenticationFail.OIDCToken.Invalid"),
            (OIDCTokens.make(algorithm: "none"), "AuthenticationFail.OIDCToken.Invalid"),
            (OIDCTokens.make(claims: ["iss": "https://attacker.example"]), "AuthenticationFail.OIDCToken.Invalid"),
            (OIDCTokens.make(claims: ["aud": "someone-else"]), "AuthenticationFail.OIDCToken.Invalid"),
            (OIDCTokens.make(claims: ["sub": nil]), "AuthenticationFail.OIDCToken.Invalid"),
            (OIDCTokens.make(claims: ["exp": nil]), "AuthenticationFail.OIDCToken.Invalid"),
            (OIDCTokens.make(claims: ["exp": true]), "AuthenticationFail.OIDCToken.Invalid"),
            (
                OIDCTokens.make(claims: ["iat": Date().timeIntervalSince1970 + 86_400]),
                "AuthenticationFail.OIDCToken.Invalid"
            ),
            (
                OIDCTokens.make(claims: ["exp": Date().timeIntervalSince1970 - 1]),
                "AuthenticationFail.OIDCToken.Expired"
            ),
            (String(repeating: "a", count: 10_001), "AuthenticationFail.OIDCToken.Invalid"),
        ])
    func refused(token: String, code: String) async throws {
        let message = try await Self.attempt(token: token)
        #expect(message?.contains(code) == true, "\(String(describing: message))")
    }
}
