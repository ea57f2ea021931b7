import SpecIR

/// The `///` lines documenting a field: its description, values, example, default and source.
enum FieldDocumentation {
    static func lines(for field: Field, indent: String) -> [String] {
        var text: [String] = []
        if !field.description.isEmpty { text.append(field.description) }
        if field.deprecated { text.append("- Warning: deprecated.") }
        if let example = field.example, !example.isEmpty { text.append("Example: `\(example)`") }
        if let defaultValue = field.defaultValue {
            text.append(defaultValue.isEmpty ? "Default: empty (not set)." : "Default: `\(defaultValue)`")
        }
        let rules = ConstraintSummary.lines(field.constraints)
        if !rules.isEmpty { text.append(rules.joined(separator: "\n")) }
        text.append("Generated from \(field.source).")
        return comment(text.joined(separator: "\n\n"), indent: indent)
    }

    /// `///` lines for free text, indented.
    static func comment(_ text: String, indent: String) -> [String] {
        DocComment.lines(text, width: 112 - indent.count).map { $0.isEmpty ? "\(indent)///" : "\(indent)/// \($0)" }
    }
}
