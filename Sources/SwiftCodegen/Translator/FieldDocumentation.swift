import SpecIR

/// The documentation lines (without `///`) of a field: its description, values, example, default,
/// the rules `validate()` checks, and its source.
enum FieldDocumentation {
    /// - Parameters:
    ///   - field: The field.
    ///   - member: Its resolved member, when it has one, so the rules say how they are checked.
    ///   - indent: The columns the comment is indented by, so lines wrap within 120.
    /// - Returns: The lines, without `///`.
    static func lines(for field: Field, member: ResolvedMember? = nil, indent: Int) -> [String] {
        var text: [String] = []
        if !field.description.isEmpty { text.append(field.description) }
        if field.deprecated { text.append("- Warning: deprecated.") }
        if let example = field.example, !example.isEmpty { text.append("Example: `\(example)`") }
        if let defaultValue = field.defaultValue {
            text.append(defaultValue.isEmpty ? "Default: empty (not set)." : "Default: `\(defaultValue)`")
        }
        let rules = ConstraintSummary.lines(field.constraints, type: member?.type)
        if !rules.isEmpty { text.append(rules.joined(separator: "\n")) }
        text.append("Generated from \(field.source).")
        return comment(text.joined(separator: "\n\n"), indent: indent)
    }

    /// Lines of free text, wrapped to fit after `indent` columns and `/// `.
    static func comment(_ text: String, indent: Int) -> [String] {
        DocComment.lines(text, width: LineWidth.columns - 8 - indent)
    }
}
