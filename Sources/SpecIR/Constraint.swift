/// A validation rule of one field, with where it came from and what the server answers when it is broken.
public struct Constraint: Sendable, Equatable, Hashable {
    /// What the value must satisfy.
    public var rule: ConstraintRule
    /// The sentence or schema key that states the rule, and where.
    public var provenance: Provenance
    /// The documented error code the server returns for a broken rule, or why there is none.
    public var errorCode: ErrorCodeMapping
    /// Whether a client should check the rule before sending. False when the documentation's own
    /// example breaks it, or when it applies to something the client does not see whole (the
    /// elements of a list sent as one JSON string); ``note`` says why.
    public var enforced: Bool
    /// Why the rule is not enforced, or another caveat.
    public var note: String?
    /// Whether the rule can go stale (a quota) or not (an identifier's format); ``ConstraintTrust/of(_:origin:)``
    /// decides it from the rule and its origin.
    public var trust: ConstraintTrust

    /// Creates a constraint.
    public init(
        rule: ConstraintRule,
        provenance: Provenance,
        errorCode: ErrorCodeMapping = .unmapped("no error code examined"),
        enforced: Bool = true,
        note: String? = nil,
        trust: ConstraintTrust? = nil
    ) {
        self.rule = rule
        self.provenance = provenance
        self.errorCode = errorCode
        self.enforced = enforced
        self.note = note
        self.trust = trust ?? ConstraintTrust.of(rule, origin: provenance.origin)
    }
}

extension Constraint: Codable {
    private enum CodingKeys: String, CodingKey {
        case rule, provenance, errorCode, enforced, note, trust
    }

    /// Decodes a constraint; an IR written before trust classes gets the class its rule and origin imply.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            rule: container.decode(ConstraintRule.self, forKey: .rule),
            provenance: container.decode(Provenance.self, forKey: .provenance),
            errorCode: container.decode(ErrorCodeMapping.self, forKey: .errorCode),
            enforced: container.decode(Bool.self, forKey: .enforced),
            note: container.decodeIfPresent(String.self, forKey: .note),
            trust: container.decodeIfPresent(ConstraintTrust.self, forKey: .trust))
    }
}

/// Where a constraint was stated.
public struct Provenance: Sendable, Equatable, Hashable, Codable {
    /// The kind of statement.
    public enum Origin: String, Sendable, Equatable, Hashable, Codable {
        /// A sentence of the description.
        case prose
        /// A structured schema key (`maxLength`, `enum`, …).
        case schema
        /// The parameter table itself (the 必填 / Required column, the api-docs `required` key).
        case table
        /// The widest rule that disagreeing sources allow; `text` quotes each of them.
        case reconciled
    }

    /// The kind of statement.
    public var origin: Origin
    /// The sentence (for prose) or `key: value` (for schema keys), verbatim.
    public var text: String
    /// Where the field that carries it is documented.
    public var location: SourceLocation

    /// Creates a provenance.
    public init(origin: Origin, text: String, location: SourceLocation) {
        self.origin = origin
        self.text = text
        self.location = location
    }
}

/// The server error a broken constraint corresponds to.
public struct ErrorCodeMapping: Sendable, Equatable, Hashable, Codable {
    /// The documented code, verbatim; nil when none of the operation's codes applies.
    public var code: String?
    /// Why this code (the rule that matched it) or why none.
    public var reason: String

    /// Creates a mapping.
    public init(code: String?, reason: String) {
        self.code = code
        self.reason = reason
    }

    /// No code, and why.
    public static func unmapped(_ reason: String) -> ErrorCodeMapping {
        ErrorCodeMapping(code: nil, reason: reason)
    }
}
