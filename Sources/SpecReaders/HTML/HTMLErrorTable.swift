import SpecIR

/// Reads the error-code table. Every row is kept, so a code documented under two statuses has two rows.
enum HTMLErrorTable {
    static func read(
        _ table: HTMLNode, in document: HTMLDocument, input: SpecInput, diagnostics: inout [Diagnostic]
    ) throws(DiagnosticError) -> [DocumentedError] {
        let parsed = try HTMLTable(
            table, in: document,
            expected: [.httpStatus, .errorCode, .errorMessage, .description],
            required: [.errorCode],
            what: "error-code", input: input)
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
                    message: row.cells[.errorMessage]?.text ?? "",
                    description: DescriptionText.render(row.cells[.description].map(HTMLBlocks.blocks(of:)) ?? []),
                    source: location))
        }
        return errors
    }
}
