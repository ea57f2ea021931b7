import SpecIR

/// Reads the error-code table. Every row is kept, so a code documented under two statuses has two rows.
///
/// The oldest pages have no error-message column: their 描述 / Description column holds the
/// message and 语义 / Meaning the explanation.
enum HTMLErrorTable {
    static func read(
        _ table: HTMLNode, in document: HTMLDocument, input: SpecInput, diagnostics: inout [Diagnostic]
    ) throws(DiagnosticError) -> [DocumentedError] {
        let parsed = try HTMLTable(
            table, in: document,
            expected: [.httpStatus, .errorCode, .errorMessage, .description, .meaning],
            required: [.errorCode],
            what: "error-code", input: input)
        diagnostics += parsed.diagnostics
        let messageColumn: HTMLVocabulary.Column, descriptionColumn: HTMLVocabulary.Column
        if !parsed.columns.contains(.errorMessage), parsed.columns.contains(.meaning) {
            (messageColumn, descriptionColumn) = (.description, .meaning)
        } else {
            messageColumn = .errorMessage
            descriptionColumn = parsed.columns.contains(.description) ? .description : .meaning
        }
        var errors: [DocumentedError] = []
        for row in parsed.rows {
            let location = input.location(line: row.line)
            let code = row.cells[.errorCode]?.text ?? ""
            guard !code.isEmpty else {
                throw DiagnosticError("a row of the error-code table has no error code", at: location)
            }
            let statusText = row.cells[.httpStatus]?.text ?? ""
            let status = Int(statusText).flatMap { (100...599).contains($0) ? $0 : nil }
            if status == nil {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "status \"\(statusText)\" of \(code) is not an HTTP status; the row is kept without one",
                        at: location))
            }
            errors.append(
                DocumentedError(
                    httpStatus: status,
                    declaredStatus: status == nil ? statusText : nil,
                    code: code,
                    message: row.cells[messageColumn]?.text ?? "",
                    description: DescriptionText.render(row.cells[descriptionColumn].map(HTMLBlocks.blocks(of:)) ?? []),
                    source: location))
        }
        return errors
    }
}
