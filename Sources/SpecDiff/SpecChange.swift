import SpecIR

/// One change between two specs of a product, as it affects the Swift API generated from them.
public struct SpecChange: Sendable, Hashable, Codable {
    /// The operation changed (its action name); for a change of a shared type (``Kind/sharedTypeAdded`` and the
    /// other `sharedType…` kinds), the shared type's name.
    public var operation: String
    /// What changed.
    public var kind: Kind
    /// The parameter or field changed, by its wire path (`Tag.Key`), or the error code; nil for a change of the
    /// operation or shared type as a whole.
    public var subject: String?
    /// What changed, in words, as a sentence without the operation's name.
    public var summary: String
    /// Whether code written against the old SDK may no longer compile against the new one.
    public var isBreaking: Bool

    /// A change.
    ///
    /// - Parameters:
    ///   - operation: The operation's name, or the shared type's.
    ///   - kind: What changed.
    ///   - subject: The wire path of the parameter or field, or the error code; nil for the whole.
    ///   - summary: What changed, in words.
    ///   - isBreaking: Whether code written against the old SDK may no longer compile.
    public init(operation: String, kind: Kind, subject: String? = nil, summary: String, isBreaking: Bool) {
        self.operation = operation
        self.kind = kind
        self.subject = subject
        self.summary = summary
        self.isBreaking = isBreaking
    }
}

extension SpecChange: Comparable {
    /// Orders changes by operation, then kind (in ``Kind``'s declaration order), then subject, then summary.
    public static func < (lhs: SpecChange, rhs: SpecChange) -> Bool {
        if lhs.operation != rhs.operation { return lhs.operation < rhs.operation }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if (lhs.subject ?? "") != (rhs.subject ?? "") { return (lhs.subject ?? "") < (rhs.subject ?? "") }
        if lhs.summary != rhs.summary { return lhs.summary < rhs.summary }
        return !lhs.isBreaking && rhs.isBreaking
    }
}
