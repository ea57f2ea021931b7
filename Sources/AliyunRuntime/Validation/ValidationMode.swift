/// What a client does with a request that breaks documented rules; set per client and per call
/// (``CallOptions/validation``).
///
/// The default, ``enforceStable``, blocks only what the service is certain to refuse: a rule that cannot
/// go stale (a missing required parameter, a malformed identifier). A rule that can go stale — a quota,
/// a count, a range, the values of an open enum — is logged and the request sent, because the service may
/// have raised the limit or added the value since the SDK was generated: such a rule must never stand
/// between a caller and a call the service accepts.
public enum ValidationMode: String, Sendable, Hashable, CaseIterable {
    /// Every broken rule blocks the call: it throws ``RequestValidationError`` and nothing is sent.
    case enforce
    /// A broken ``RuleTrust/stable`` rule blocks the call; a broken ``RuleTrust/volatile`` one is logged and
    /// the request sent. The default.
    case enforceStable
    /// Every broken rule is logged, with its documentation sentence, and the request sent.
    case warn
    /// Nothing is checked.
    case off

    /// The mode clients use unless told otherwise.
    public static let `default` = ValidationMode.enforceStable

    /// Whether a broken rule of this trust class stops the call in this mode.
    public func blocks(_ trust: RuleTrust) -> Bool {
        switch self {
        case .enforce: true
        case .enforceStable: trust == .stable
        case .warn, .off: false
        }
    }

    /// The modes' names, for messages: `enforce, enforceStable, warn, off`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether rules are checked at all.
    public var checks: Bool { self != .off }
}
