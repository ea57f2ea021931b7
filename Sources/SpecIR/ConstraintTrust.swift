/// How far a rule can be trusted to hold for as long as the generated SDK is in use.
///
/// Decided in one place, ``of(_:origin:)``, for every reader; generated doc comments and the
/// runtime's default validation mode (which blocks only on stable rules) consume it.
public enum ConstraintTrust: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Cannot go stale: the request's shape (a required parameter), the format of an identifier or a name
    /// that the documentation spells out (characters, first character, prefixes, a pattern), a length the
    /// service's own schema states.
    case stable
    /// Can go stale: a quota or a limit (counts and numeric ranges), the values of an open enum (services
    /// add values), a length stated only in prose, and any rule widened from disagreeing sources. A
    /// service raises these without notice; the SDK was generated before.
    case volatile

    /// The trust class of a rule stated by a source of this origin.
    public static func of(_ rule: ConstraintRule, origin: Provenance.Origin) -> ConstraintTrust {
        switch rule {
        case .required, .pattern, .firstCharacter, .allowedCharacters, .forbiddenPrefixes, .forbiddenSubstrings:
            return .stable
        case .length:
            return origin == .schema ? .stable : .volatile
        case .range, .count, .allowedValues:
            return .volatile
        }
    }
}
