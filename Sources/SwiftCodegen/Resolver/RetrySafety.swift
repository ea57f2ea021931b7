import SpecIR

/// Whether an operation may be sent twice: the one rule the client methods and the documentation use.
///
/// The metadata's access level is one source among others, as for validation's trust classes: Dysmsapi
/// labels `SendSms` `get`, and retrying it after a timeout sends the message twice. So:
///
/// - `readOnly`: every source agrees the operation only reads: every access level the authorization
///   rows give is `get` or `list` (the api-docs `systemTags.operationType`, the page's 访问级别 / access
///   level), and there is one; and its name's verb reads (``OperationVerb``).
/// - `clientToken`: otherwise, a top-level optional parameter whose role is the idempotency token (the
///   readers' one rule, `FieldRoles`: a string named `ClientToken` in any case); the generated
///   method fills it with `ClientToken.fresh()` when empty, so every retry carries the same token and the
///   service acts once.
/// - `idempotentMethod`: for the OSS style, whose operations are HTTP methods on a resource, the method says
///   repeating it has the effect of sending it once (RFC 9110: `PUT` and `DELETE` replace or remove; `GET` and
///   `HEAD` only read, and are `readOnly`), unless the configuration's `neverRetry` lists it; a `POST` follows
///   the rules above.
/// - `configured`: the configuration's `retrySafe` lists it.
/// - `unsafe`: anything else, or the configuration's `neverRetry` lists it; failures after sending are not
///   retried.
enum RetrySafety: Sendable, Equatable {
    case readOnly
    case clientToken(property: String)
    case idempotentMethod(String)
    case configured
    case unsafe(Reason)

    /// Why failures after sending are not retried.
    enum Reason: Sendable, Equatable {
        /// No access level says the operation only reads.
        case accessLevel
        /// The access level says it reads, its name's verb says it acts.
        case nameActs(level: String, verb: String)
        /// The access level says it reads, its name says nothing either way (its verb, when unclear).
        case nameUnclear(level: String, verb: String?)
        /// The configuration's `neverRetry` lists it.
        case configured
    }

    /// The HTTP methods whose repetition has the effect of one call (RFC 9110, section 9.2.2).
    static let idempotentMethods: Set<String> = ["GET", "HEAD", "PUT", "DELETE"]

    /// The access levels that only read.
    static let readingAccessLevels: Set<String> = ["get", "list"]

    /// The decision for `operation`, whose request resolved to `request`, under the configuration's
    /// overrides.
    static func of(
        _ operation: OperationSpec, style: ServiceStyle = .rpc, request: ResolvedStruct,
        overrides: RetryOverrides = RetryOverrides()
    ) -> RetrySafety {
        if overrides.neverRetry.contains(operation.name) { return .unsafe(.configured) }
        if style == .oss, let method = operation.methods.first, idempotentMethods.contains(method) {
            return ["GET", "HEAD"].contains(method) ? .readOnly : .idempotentMethod(method)
        }
        let levels = operation.authorization.compactMap { $0.accessLevel?.lowercased() }
        let labelReads = !levels.isEmpty && levels.allSatisfy(readingAccessLevels.contains)
        let verb = OperationVerb.of(operation.name)
        if labelReads, verb.reads { return .readOnly }
        if let token = request.members.first(where: { $0.field.role == .clientToken && $0.isOptional }) {
            return .clientToken(property: token.property)
        }
        if overrides.retrySafe.contains(operation.name) { return .configured }
        guard labelReads else { return .unsafe(.accessLevel) }
        let level = levels.first ?? ""
        switch verb {
        case .acts(let word): return .unsafe(.nameActs(level: level, verb: word))
        case .unclear(let word): return .unsafe(.nameUnclear(level: level, verb: word))
        case .reads: return .readOnly
        }
    }

    /// Whether the call is idempotent once prepared.
    var isIdempotent: Bool {
        if case .unsafe = self { return false }
        return true
    }

    /// Whether the access level and the name disagree, and the decision rests on it (no token, no setting).
    var disagreement: Reason? {
        guard case .unsafe(let reason) = self else { return nil }
        switch reason {
        case .nameActs, .nameUnclear: return reason
        case .accessLevel, .configured: return nil
        }
    }
}
