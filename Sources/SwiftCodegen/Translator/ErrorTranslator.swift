import SpecIR
import SwiftSourceText

/// Translates an operation's error table into its typed error.
///
/// One `Code` member per distinct code, named after it, its docs listing every documented row
/// (a code documented under two statuses lists both); a table of all rows keeps the statuses.
enum ErrorTranslator {
    static func viewModel(_ operation: OperationSpec, name: String, header: HeaderViewModel, access: String)
        -> ErrorViewModel
    {
        var names = NameAllocator(reserved: ["init", "rawValue", "description", "documented"])
        var codes: [ErrorViewModel.Code] = []
        var nameByCode: [String: String] = [:]
        for error in operation.errors where nameByCode[error.code] == nil {
            let codeName = names.allocate(SwiftIdentifier.lowerCamel(error.code))
            nameByCode[error.code] = codeName
            let rows = operation.errors.filter { $0.code == error.code }
            let text = rows.map { row in
                let status = row.httpStatus.map { "HTTP \($0)" } ?? "Status \(row.declaredStatus ?? "unknown")"
                let description = row.description.isEmpty ? "" : "\n\n\(row.description)"
                return "`\(row.code)` (\(status)): \(row.message)\(description)\n\nGenerated from \(row.source)."
            }.joined(separator: "\n\n")
            codes.append(
                ErrorViewModel.Code(
                    name: codeName, codeLiteral: SwiftLiteral.string(error.code),
                    docLines: FieldDocumentation.comment(text, indent: "        ")))
        }
        let rows = operation.errors.map { row in
            ErrorViewModel.Row(
                status: row.httpStatus.map(String.init) ?? "nil", codeName: nameByCode[row.code] ?? "",
                messageLiteral: SwiftLiteral.wrappedString(row.message, width: 80, indent: "                "))
        }
        return ErrorViewModel(
            header: header, access: access, name: name, operation: operation.name,
            docLines: FieldDocumentation.comment(
                "An error answer of `\(operation.name)`.\n\nCompare `code` with the documented codes below; "
                    + "a code the documentation does not list keeps every field the server sent, so a `switch` "
                    + "over `code` needs a `default` and never breaks when codes are added.",
                indent: ""),
            codes: codes, rows: rows, hasRows: !rows.isEmpty)
    }
}
