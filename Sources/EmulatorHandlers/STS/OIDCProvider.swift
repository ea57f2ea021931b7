import Foundation

/// An OIDC identity provider registered with the emulated account, as RAM holds one: the emulated STS
/// issues keys for `AssumeRoleWithOIDC` only to tokens of a registered provider.
public struct OIDCProvider: Sendable, Hashable, Codable {
    /// The provider's name: the `NAME` of `acs:ram::ACCOUNT:oidc-provider/NAME`.
    public var name: String
    /// The issuer URL a token's `iss` claim must equal, e.g. `https://oidc-ack-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/c123`.
    public var issuer: String
    /// The client IDs accepted as a token's `aud` claim (one of them must be named).
    public var clientIds: [String]

    /// Creates a provider.
    public init(name: String, issuer: String, clientIds: [String]) {
        self.name = name
        self.issuer = issuer
        self.clientIds = clientIds
    }

    /// A provider from its command-line form `NAME,ISSUER,CLIENT-ID[,CLIENT-ID…]`; nil when a part is missing.
    public init?(argument: String) {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.init(name: parts[0], issuer: parts[1], clientIds: Array(parts[2...]))
    }
}

/// Why an OIDC token is refused: the code STS answers and a message that never repeats the token.
struct OIDCTokenRefusal: Error, Equatable {
    var code: String
    var message: String

    static func invalid(_ message: String) -> OIDCTokenRefusal {
        OIDCTokenRefusal(code: "AuthenticationFail.OIDCToken.Invalid", message: message)
    }
}

/// What the emulated STS checks of an OIDC token, as far as it can be checked offline: a JWT of three
/// base64url parts, a header naming a signing algorithm (not `none`), claims whose `iss` is the provider's
/// issuer, whose `aud` names one of its client IDs, with a subject, not expired (`exp`), not before its
/// time (`nbf`) and not issued in the future (`iat`, with the gateway's 15-minute skew). The signature
/// itself is not verified: that needs the provider's published keys, which an offline emulator cannot
/// fetch.
struct OIDCTokenCheck {
    /// The longest token STS takes.
    static let maximumLength = 10_000
    /// How far in the future `iat` and `nbf` may lie.
    static let allowedSkew: TimeInterval = 15 * 60

    let provider: OIDCProvider
    let now: Date

    func check(_ token: String) throws(OIDCTokenRefusal) {
        guard token.utf8.count <= Self.maximumLength else {
            throw .invalid("The OIDC token is longer than \(Self.maximumLength) characters.")
        }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[2].isEmpty, let header = Self.decode(Header.self, parts[0]),
            let claims = Self.decode(Claims.self, parts[1])
        else { throw .invalid("The OIDC token is not a JWT: three base64url parts, a JSON header and claims.") }
        guard let algorithm = header.alg, !algorithm.isEmpty, algorithm.lowercased() != "none" else {
            throw .invalid("The OIDC token is not signed: its header names no algorithm.")
        }
        guard claims.iss == provider.issuer else {
            throw .invalid("The OIDC token's issuer is not the issuer of OIDC provider \(provider.name).")
        }
        guard claims.aud?.values.contains(where: provider.clientIds.contains) == true else {
            throw .invalid("The OIDC token's audience is not a client ID of OIDC provider \(provider.name).")
        }
        guard let subject = claims.sub, !subject.isEmpty else { throw .invalid("The OIDC token has no subject.") }
        guard let expiry = claims.exp, expiry.isFinite else { throw .invalid("The OIDC token has no expiry.") }
        guard expiry > now.timeIntervalSince1970 else {
            throw OIDCTokenRefusal(code: "AuthenticationFail.OIDCToken.Expired", message: "The OIDC token is expired.")
        }
        let latest = now.timeIntervalSince1970 + Self.allowedSkew
        for (claim, time) in [("nbf", claims.nbf), ("iat", claims.iat)] where !(time.map { $0 <= latest } ?? true) {
            throw .invalid("The OIDC token's \(claim) lies in the future.")
        }
    }

    /// A JWT header: the signing algorithm.
    private struct Header: Decodable {
        var alg: String?
    }

    /// The registered claims checked; times are NumericDates (seconds since 1970).
    private struct Claims: Decodable {
        var iss: String?
        var aud: Audience?
        var sub: String?
        var exp: Double?
        var nbf: Double?
        var iat: Double?
    }

    /// `aud`: one client ID or several.
    private struct Audience: Decodable {
        var values: [String]

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) {
                values = [one]
            } else {
                values = try container.decode([String].self)
            }
        }
    }

    /// A base64url part without padding decoded as JSON; nil for anything else.
    private static func decode<Value: Decodable>(_ type: Value.Type, _ part: Substring) -> Value? {
        guard !part.isEmpty, part.utf8.allSatisfy(isBase64URL) else { return nil }
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)
        guard let data = Data(base64Encoded: text) else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
