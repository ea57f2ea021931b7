import TemplateRendering

/// The `validate()` of a request or nested value and its rule table: a row per member (or per list and its
/// elements), each with the documented checks the runtime's `MemberRules` interprets.
struct ValidationViewModel: TemplateContext {
    /// One row of the table: `.scalar("ImageName", \.imageName, .length(…), …)`.
    struct Row: TemplateContext {
        /// The `MemberRules` function: `scalar`, `requiredList`, `objects`, ….
        var kind: String
        var wireLiteral: String
        var property: String
        /// Rules documented but left to the server, one comment line each, above the row.
        var notes: [String]
        var checks: [CheckViewModel]
        /// Whether the row is the table's only one, which takes no trailing comma.
        var isOnlyRow = false

        func encodeComputedMembers(to encoder: any Encoder) throws {
            var members = encoder.container(keyedBy: TemplateKey.self)
            // A row without checks: `.kind("Name", \.name),` on one line when it fits.
            try members.encode(
                CallLayout(
                    head: ".\(kind)(", arguments: [wireLiteral, "\\.\(property)"], tail: isOnlyRow ? "" : ",",
                    indent: 8),
                forKey: "layout")
        }
    }

    var access: String
    var qualifiedName: String
    /// Whether this is the top-level request, which gets `validate()`.
    var isRequest: Bool
    var operationLiteral: String
    var rows: [Row]
    /// Whether the table has one row, which takes no trailing comma (swift-format's rule for a collection of
    /// one element).
    var hasOneRow: Bool { rows.count == 1 }
    /// Notes of members after the last row (or of every member when there is no row).
    var trailingNotes: [String]

    func encodeComputedMembers(to encoder: any Encoder) throws {
        var members = encoder.container(keyedBy: TemplateKey.self)
        try members.encode(hasOneRow, forKey: "hasOneRow")
        try members.encode(ExtensionHeaderLayout(qualifiedName, conformance: "ValidatableValue"), forKey: "header")
    }
}

/// One `ValidationCheck` of a row: `.length(min: 2, max: 128, rule: DocumentedRule(…))`.
struct CheckViewModel: TemplateContext {
    /// One argument before `rule:`.
    struct Argument: TemplateContext {
        var label: String?
        /// A Swift expression or literal; nil when ``list`` holds the value.
        var value: String?
        var list: ListLiteralViewModel?
    }

    /// The `ValidationCheck` function: `length`, `integerRange`, `documentedValue`, ….
    var method: String
    var arguments: [Argument]
    /// The rule's sentence as a literal.
    var documentationLiteral: String
    var errorCodeLiteral: String
    /// `stable` or `volatile`: the runtime's `RuleTrust` case.
    var trust: String
}
