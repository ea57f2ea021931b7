import SpecIR

/// Whether an operation may be sent twice: the one rule the client methods and the documentation use.
///
/// - `readOnly`: every access level the authorization rows give is `get` or `list` (the api-docs
///   `systemTags.operationType`, the page's 访问级别 / access level), and there is one.
/// - `clientToken`: a top-level optional string parameter named `ClientToken`; the generated method fills it
///   with `ClientToken.fresh()` when empty, so every retry carries the same token and the service acts once.
/// - `unsafe`: anything else; failures after sending are not retried.
enum RetrySafety: Sendable, Equatable {
    case readOnly
    case clientToken(property: String)
    case unsafe

    /// The access levels that only read.
    static let readingAccessLevels: Set<String> = ["get", "list"]

    static func of(_ operation: OperationSpec, request: ResolvedStruct) -> RetrySafety {
        let levels = operation.authorization.compactMap { $0.accessLevel?.lowercased() }
        if !levels.isEmpty, levels.allSatisfy(readingAccessLevels.contains) { return .readOnly }
        if let token = request.members.first(where: {
            $0.field.name == "ClientToken" && $0.type == .string && $0.isOptional
        }) {
            return .clientToken(property: token.property)
        }
        return .unsafe
    }

    /// Whether the call is idempotent once prepared.
    var isIdempotent: Bool { self != .unsafe }
}
