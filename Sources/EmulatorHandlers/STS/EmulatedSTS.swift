import AliyunRuntime
import AliyunServerSupport
import Foundation

/// STS as the emulator serves it, behind the router generated from STS's api-docs: any known key may
/// assume any role of the account, and the credentials issued are accepted by the emulator (ECS and STS
/// alike) until they expire, so a RAM-role profile can be exercised end to end offline.
///
/// - `AssumeRole`: the role must be `acs:ram::ACCOUNT:role/NAME` of the emulator's account
///   (`InvalidParameter.RoleArn`, else `EntityNotExist.Role` for another account); the duration 900 to
///   43,200 s (`InvalidParameter.DurationSeconds`). Temporary credentials can assume a role in turn
///   (aliyun-cli's `ChainableRamRoleArn`).
/// - `AssumeRoleWithOIDC` (unsigned): the provider must be `acs:ram::ACCOUNT:oidc-provider/NAME` with `NAME`
///   one of the configured ``OIDCProvider``s (`EntityNotExist.OIDCProvider`, 404, otherwise: with no provider
///   configured, no token gets a key), and the token must pass ``OIDCTokenCheck`` against it: a JWT of that
///   issuer, for one of its client IDs, not expired (`AuthenticationFail.OIDCToken.Expired`, else
///   `AuthenticationFail.OIDCToken.Invalid`, 400). The token's signature is not verified (that needs the
///   provider's published keys). The documentation lists no error for the operation; the codes are STS's.
/// - `GetCallerIdentity`: the signer: the account (`Account`), or the role session that signed
///   (`AssumedRoleUser`).
struct EmulatedSTS: STSHandler {
    let keys: AccessKeyStore
    let sessions: RoleSessions
    let accountId: String
    let oidcProviders: [OIDCProvider]
    let now: @Sendable () -> Date

    func assumeRole(_ request: AssumeRoleRequest) async throws -> AssumeRoleResponse {
        let role = try roleName(request.roleArn) { message in
            ServedError.documented("InvalidParameter.RoleArn", in: AssumeRoleError.self, message: message)
        }
        let issued = try await issue(role: role, session: request.roleSessionName, duration: request.durationSeconds)
        return AssumeRoleResponse(
            assumedRoleUser: .init(assumedRoleId: issued.roleId, arn: issued.arn),
            credentials: .init(
                securityToken: issued.credentials.securityToken, expiration: issued.expirationText,
                accessKeySecret: issued.credentials.accessKeySecret, accessKeyId: issued.credentials.accessKeyId))
    }

    func assumeRoleWithOIDC(_ request: AssumeRoleWithOIDCRequest) async throws -> AssumeRoleWithOIDCResponse {
        let refused = { (message: String) in ServedError(status: 400, code: "InvalidParameter", message: message) }
        let role = try roleName(request.roleArn ?? "", refused)
        let provider = try oidcProvider(request.oidcProviderArn ?? "", refused)
        do throws(OIDCTokenRefusal) {
            try OIDCTokenCheck(provider: provider, now: now()).check(request.oidcToken ?? "")
        } catch {
            throw ServedError(status: 400, code: error.code, message: error.message)
        }
        let issued = try await issue(role: role, session: request.roleSessionName, duration: request.durationSeconds)
        return AssumeRoleWithOIDCResponse(
            oidcTokenInfo: .init(issuer: provider.issuer),
            assumedRoleUser: .init(assumedRoleId: issued.roleId, arn: issued.arn),
            credentials: .init(
                securityToken: issued.credentials.securityToken, expiration: issued.expirationText,
                accessKeySecret: issued.credentials.accessKeySecret, accessKeyId: issued.credentials.accessKeyId))
    }

    func getCallerIdentity(_ request: GetCallerIdentityRequest) async throws -> GetCallerIdentityResponse {
        let signer = ServedCall.current?.accessKeyId ?? ""
        if let session = await sessions.session(of: signer) {
            return GetCallerIdentityResponse(
                identityType: .assumedRoleUser, accountId: accountId, principalId: session.roleId,
                arn: session.arn, roleId: session.roleId.split(separator: ":").first.map(String.init))
        }
        return GetCallerIdentityResponse(
            identityType: .account, accountId: accountId, principalId: accountId, userId: accountId,
            arn: "acs:ram::\(accountId):root")
    }

    /// The configured provider `acs:ram::ACCOUNT:oidc-provider/NAME` names, or the error STS answers.
    private func oidcProvider(
        _ arn: String, _ malformed: (String) -> ServedError
    ) throws -> OIDCProvider {
        let prefix = "acs:ram::\(accountId):oidc-provider/"
        guard arn.hasPrefix(prefix), arn.count > prefix.count else {
            throw malformed("The parameter OIDCProviderArn is not an OIDC provider of account \(accountId).")
        }
        let name = String(arn.dropFirst(prefix.count))
        guard let provider = oidcProviders.first(where: { $0.name == name }) else {
            throw ServedError(
                status: 404, code: "EntityNotExist.OIDCProvider",
                message: oidcProviders.isEmpty
                    ? "The OIDC provider does not exist: the emulator has no OIDC provider configured."
                    : "The OIDC provider does not exist: \(name).")
        }
        return provider
    }

    /// The NAME of `acs:ram::ACCOUNT:role/NAME`, or the error `malformed` makes.
    private func roleName(_ arn: String, _ malformed: (String) -> ServedError) throws -> String {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "acs", parts[1] == "ram", parts[2].isEmpty, parts[4].hasPrefix("role/"),
            parts[4].count > 5
        else { throw malformed("The parameter RoleArn \(arn) is not a RAM role ARN.") }
        guard parts[3] == accountId else {
            throw ServedError.documented(
                "EntityNotExist.Role", in: AssumeRoleError.self, message: "The role does not exist: \(arn).")
        }
        return String(parts[4].dropFirst(5))
    }

    private func issue(role: String, session: String, duration: Int64?) async throws -> IssuedSession {
        let seconds = duration ?? 3600
        guard (900...43_200).contains(seconds) else {
            throw ServedError.documented(
                "InvalidParameter.DurationSeconds", in: AssumeRoleError.self,
                message: "The parameter DurationSeconds must be between 900 and 43200.")
        }
        let expires = now().addingTimeInterval(TimeInterval(seconds))
        let id = "STS.\(Self.random(20))"
        let credentials = Credentials(
            accessKeyId: id, accessKeySecret: Self.random(40), securityToken: "CAIS\(Self.random(60))",
            expiration: expires)
        let roleId = "3\(Self.digits(17)):\(session)"
        let issued = IssuedSession(
            credentials: credentials, roleId: roleId, arn: "acs:ram::\(accountId):role/\(role)/\(session)")
        guard await keys.add(credentials, now: now()) else { throw ServedError.throttled }
        await sessions.record(issued, now: now())
        return issued
    }

    private static func random(_ count: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }

    private static func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9))) })
    }
}

/// A role session the emulated STS issued; it expires with its credentials.
struct IssuedSession: Expiring {
    var credentials: Credentials
    var roleId: String
    var arn: String

    var expiration: Date? { credentials.expiration }

    /// The expiration as STS writes it: ISO 8601 in UTC.
    var expirationText: String {
        credentials.expiration?.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)) ?? ""
    }
}

/// The role sessions issued, by their access key ID; a session is forgotten once its key has expired.
actor RoleSessions {
    private var sessions = ExpiringTable<IssuedSession>()

    func record(_ session: IssuedSession, now: Date) {
        sessions.insert(session, for: session.credentials.accessKeyId, now: now)
    }

    var count: Int { sessions.count }

    func session(of accessKeyId: String) -> IssuedSession? {
        sessions[accessKeyId]
    }
}

/// STS as every emulator serves it (``EmulatedSTS``): its router, for emulators of other products that want the
/// credentials chain's role sessions too.
public enum EmulatedSecurityTokenService {
    /// STS's operations over `keys`: keys it issues are added there, so a verifier over the same store accepts them.
    ///
    /// - Parameters:
    ///   - keys: The keys the emulator accepts.
    ///   - accountId: The account whose roles may be assumed.
    ///   - oidcProviders: The OIDC providers `AssumeRoleWithOIDC` trusts.
    ///   - now: The server's clock.
    /// - Returns: The router of STS's operations.
    public static func router(
        keys: AccessKeyStore, accountId: String, oidcProviders: [OIDCProvider] = [],
        now: @escaping @Sendable () -> Date = { Date() }
    ) -> OperationRouter {
        EmulatedSTS(keys: keys, sessions: RoleSessions(), accountId: accountId, oidcProviders: oidcProviders, now: now)
            .operationRouter
    }
}
