/// How far a documented rule can be trusted to hold while the generated SDK is in use; the generator
/// decides it for every rule and passes it with the rule.
public enum RuleTrust: String, Sendable, Hashable, CaseIterable {
    /// Cannot go stale: a required parameter, the format of an identifier or a name that the documentation
    /// spells out, a length the service's schema states.
    case stable
    /// Can go stale: a quota or limit (counts, ranges), the values of an open enum, a length stated only in
    /// prose, a rule widened from disagreeing sources. Services raise these without notice.
    case volatile
}
