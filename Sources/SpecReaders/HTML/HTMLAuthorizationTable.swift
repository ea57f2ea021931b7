import SpecIR

/// Reads the RAM authorization table (操作 / 访问级别 / 资源类型 / 条件关键字 / 关联操作).
///
/// The resource-type cell lists resource types, a leading `*` marking a required one, each
/// optionally followed by its ARN template (a block starting with `acs:`).
enum HTMLAuthorizationTable {
    static func read(
        _ table: HTMLNode, in document: HTMLDocument, input: SpecInput, diagnostics: inout [Diagnostic]
    ) throws(DiagnosticError) -> [Authorization] {
        let parsed = try HTMLTable(
            table, in: document,
            expected: [.action, .accessLevel, .resourceType, .conditionKey, .associatedOperation],
            required: [.action],
            what: "authorization", input: input)
        diagnostics += parsed.diagnostics
        return parsed.rows.compactMap { row in
            let action = row.cells[.action]?.text ?? ""
            guard !action.isEmpty else { return nil }
            let accessLevel = row.cells[.accessLevel]?.text ?? ""
            return Authorization(
                action: action,
                accessLevel: accessLevel.isEmpty ? nil : accessLevel,
                resourceTypes: resourceTypes(row.cells[.resourceType]),
                conditionKeys: list(row.cells[.conditionKey]),
                associatedOperations: list(row.cells[.associatedOperation]))
        }
    }

    private static func resourceTypes(_ cell: HTMLNode?) -> [ResourceType] {
        guard let cell else { return [] }
        var types: [ResourceType] = []
        for text in lines(of: cell) where !HTMLVocabulary.noneWords.contains(text.lowercased()) {
            if text.hasPrefix("acs:"), !types.isEmpty {
                types[types.count - 1].arn = text
            } else {
                let required = text.hasPrefix("*")
                types.append(
                    ResourceType(name: InlineText.fold(required ? String(text.dropFirst()) : text), required: required))
            }
        }
        return types
    }

    private static func list(_ cell: HTMLNode?) -> [String] {
        guard let cell else { return [] }
        return lines(of: cell)
            .flatMap { $0.split(separator: ",").map { InlineText.fold($0) } }
            .filter { !HTMLVocabulary.noneWords.contains($0.lowercased()) }
    }

    private static func lines(of cell: HTMLNode) -> [String] {
        HTMLBlocks.blocks(of: cell).map { block in
            switch block {
            case .paragraph(let text), .note(let text), .listItem(let text, _): text
            }
        }
    }
}
