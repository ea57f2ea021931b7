import SpecIR

/// Reads a request- or response-parameter table into nested fields.
///
/// The name cell holds the bare wire name; an element whose class contains `deprecated` in it is
/// a badge that marks the field deprecated and is not part of the name.
struct HTMLFieldTable {
    let document: HTMLDocument
    let input: SpecInput
    var diagnostics: [Diagnostic] = []

    static let yesWords: Set<String> = ["是", "yes", "true", "required", "必填", "y"]
    static let noWords: Set<String> = ["否", "no", "false", "optional", "", "n"]

    /// 位置 / Position cells of old ROA pages, by their lowercased text; `URI` is the path.
    static let placements: [String: ParameterPlacement] = [
        "query": .query, "path": .path, "uri": .path, "body": .body, "header": .header, "formdata": .formData,
    ]

    mutating func read(_ table: HTMLNode, what: String, hasRequiredColumn: Bool) throws(DiagnosticError) -> [Field] {
        let parsed = try HTMLTable(
            table, in: document,
            expected: [.name, .type, .required, .description, .example] + (hasRequiredColumn ? [.placement] : []),
            required: hasRequiredColumn ? [.name, .type, .required] : [.name, .type],
            what: what, input: input)
        diagnostics += parsed.diagnostics
        var rows: [(level: Int, field: Field)] = []
        for row in parsed.rows {
            guard row.level >= 0 else {
                throw DiagnosticError("data-level must not be negative", at: input.location(line: row.line))
            }
            rows.append((row.level, try field(from: row)))
        }
        return try HTMLFieldRows.build(rows, input: input)
    }

    private mutating func field(from row: HTMLTable.Row) throws(DiagnosticError) -> Field {
        let location = input.location(line: row.line)
        var name = ""
        var deprecated = false
        if let cell = row.cells[.name] {
            cell.appendText(
                to: &name,
                skipping: { node in
                    let isBadge = node.hasClass(containing: "deprecated")
                    if isBadge { deprecated = true }
                    return isBadge
                })
            name = InlineText.fold(name)
        }
        let typeText = row.cells[.type]?.text ?? ""
        guard let (type, itemType) = HTMLTypeName.parse(typeText) else {
            throw DiagnosticError("unknown type \"\(typeText)\" of \"\(name)\"", at: location)
        }
        let facts = DescriptionFacts(blocks: row.cells[.description].map(HTMLBlocks.blocks(of:)) ?? [])
        let example = row.cells[.example]?.text ?? ""
        var field = Field(
            name: name,
            type: type,
            required: requirement(row.cells[.required]?.text ?? "", name: name, line: row.line),
            description: facts.text,
            example: example.isEmpty ? nil : example,
            allowedValues: facts.allowedValues,
            defaultValue: facts.defaultValue,
            deprecated: deprecated,
            source: location)
        if let itemType { field.item = Indirect(Field(name: "", type: itemType, source: location)) }
        if let cell = row.cells[.placement] { field.placement = placement(cell.text, name: name, line: row.line) }
        return field
    }

    private mutating func placement(_ text: String, name: String, line: Int) -> ParameterPlacement? {
        if let placement = Self.placements[text.lowercased()] { return placement }
        if !HTMLVocabulary.noneWords.contains(text.lowercased()) {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "position \"\(text)\" of \"\(name)\" is not query, path, body, header or formData; "
                        + "left unset", at: input.location(line: line)))
        }
        return nil
    }

    private mutating func requirement(_ text: String, name: String, line: Int) -> Bool {
        let key = text.lowercased()
        if Self.yesWords.contains(key) { return true }
        if !Self.noWords.contains(key) {
            diagnostics.append(
                Diagnostic(
                    .warning, "required cell \"\(text)\" of \"\(name)\" is neither yes nor no; read as no",
                    at: input.location(line: line)))
        }
        return false
    }
}
