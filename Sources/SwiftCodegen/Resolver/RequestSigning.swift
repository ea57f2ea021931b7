import SpecIR

/// Whether a call is signed with the caller's access key: the one rule the client methods and their
/// documentation use.
///
/// - `anonymous`: every security scheme the spec names is one that takes no access key: `Anonymous`
///   (e.g. STS `AssumeRoleWithSAML`) or `ARS_OIDC` (STS `AssumeRoleWithOIDC`, whose OIDC token is the
///   proof). The official SDKs send such calls unsigned, and so does the generated client: no
///   credentials are asked for.
/// - `accessKey`: anything else, including specs that do not say (documentation pages).
enum RequestSigning: Sendable, Equatable {
    case accessKey
    case anonymous

    /// The schemes that need no access key.
    static let anonymousSchemes: Set<String> = ["Anonymous", "ARS_OIDC"]

    static func of(_ operation: OperationSpec) -> RequestSigning {
        guard let schemes = operation.securitySchemes, !schemes.isEmpty,
            schemes.allSatisfy(anonymousSchemes.contains)
        else { return .accessKey }
        return .anonymous
    }
}
