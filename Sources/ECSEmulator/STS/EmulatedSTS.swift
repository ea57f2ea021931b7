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
/// - `AssumeRoleWithOIDC` (unsigned): the provider must be `acs:ram::ACCOUNT:oidc-provider/NAME` and the
///   token one of `acceptedOIDCTokens`, or any token shaped as a JWT (three dot-separated parts) when that set
///   is empty. The documentation lists no error for the operation; the emulator answers a refused token with
///   `AuthenticationFail.OIDCToken.Invalid` (400), as STS does.
/// - `GetCallerIdentity`: the signer: the account (`Account`), or the role session that signed
///   (`AssumedRoleUser`).
struct EmulatedSTS: STSHandler {
    let keys: AccessKeyStore
    let sessions: RoleSessions
    let accountId: String
    let acceptedOIDCTokens: Set<String>
    let now: @Sendable () -> Date

    func assumeRole(_ request: AssumeRoleRequest) async throws -> AssumeRoleResponse {
        let role = try roleName(request.roleArn) { message in
            ServedError.documented("InvalidParameter.RoleArn", in: AssumeRoleError.self, message: message)
        }
        let issued = try await issue(role: role, session: request.roleSessionName, duration: request.durationSeconds)
        return AssumeRoleResponse(
            assumedRoleUser: .init(assumedRoleId: issued.roleId, arn: issued.arn),
            credentials: .init(
                securityToken: issued.credentials.securityToken, expiration: issued.expiration,
                accessKeySecret: issued.credentials.accessKeySecret, accessKeyId: issued.credentials.accessKeyId))
    }

    func assumeRoleWithOIDC(_ request: AssumeRoleWithOIDCRequest) async throws -> AssumeRoleWithOIDCResponse {
        let refused = { (message: String) in ServedError(status: 400, code: "InvalidParameter", message: message) }
        let role = try roleName(request.roleArn ?? "", refused)
        let provider = request.oidcProviderArn ?? ""
        let providerPrefix = "acs:ram::\(accountId):oidc-provider/"
        guard provider.hasPrefix(providerPrefix), provider.count > providerPrefix.count else {
            throw refused("The parameter OIDCProviderArn is not an OIDC provider of account \(accountId).")
        }
        let token = request.oidcToken ?? ""
        let accepted =
            acceptedOIDCTokens.isEmpty
            ? token.split(separator: ".", omittingEmptySubsequences: false).count == 3
                && !token.contains(where: \.isWhitespace)
            : acceptedOIDCTokens.contains(token)
        guard accepted else {
            throw ServedError(
                status: 400, code: "AuthenticationFail.OIDCToken.Invalid", message: "The OIDC token is invalid.")
        }
        let issued = try await issue(role: role, session: request.roleSessionName, duration: request.durationSeconds)
        return AssumeRoleWithOIDCResponse(
            oidcTokenInfo: .init(issuer: provider),
            assumedRoleUser: .init(assumedRoleId: issued.roleId, arn: issued.arn),
            credentials: .init(
                securityToken: issued.credentials.securityToken, expiration: issued.expiration,
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
            credentials: credentials, roleId: roleId, arn: "acs:ram::\(accountId):role/\(role)/\(session)",
            expiration: expires.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)))
        await keys.add(credentials)
        await sessions.record(issued)
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

/// A role session the emulated STS issued.
struct IssuedSession: Sendable {
    var credentials: Credentials
    var roleId: String
    var arn: String
    var expiration: String
}

/// The role sessions issued, by their access key ID.
actor RoleSessions {
    private var sessions: [String: IssuedSession] = [:]

    func record(_ session: IssuedSession) {
        sessions[session.credentials.accessKeyId] = session
    }

    func session(of accessKeyId: String) -> IssuedSession? {
        sessions[accessKeyId]
    }
}
