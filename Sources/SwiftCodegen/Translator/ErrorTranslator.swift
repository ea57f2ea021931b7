import SpecIR
import SwiftSourceText

/// Translates an operation's error table into its typed error.
///
/// One `Code` member per distinct code, its docs listing every documented row (a code documented
/// under two statuses lists both); a table of all rows keeps the statuses.
enum ErrorTranslator {
    static func viewModel(_ operation: ResolvedOperation, access: String) -> ErrorViewModel {
        let spec = operation.spec
        let nameByCode = Dictionary(operation.errorCodes.map { ($0.code, $0.memberName) }) { first, _ in first }
        // Each code's rows in table order, grouped once: an operation may document hundreds of rows.
        let rowsByCode = Dictionary(grouping: spec.errors, by: \.code)
        let codes = operation.errorCodes.map { code in
            let text = (rowsByCode[code.code] ?? []).map { row in
                let status = row.httpStatus.map { "HTTP \($0)" } ?? "Status \(row.declaredStatus ?? "unknown")"
                let description = row.description.isEmpty ? "" : "\n\n\(row.description)"
                return "`\(row.code)` (\(status)): \(row.message)\(description)\n\nGenerated from \(row.source)."
            }.joined(separator: "\n\n")
            return ErrorViewModel.Code(
                name: code.memberName, codeLiteral: SwiftLiteral.string(code.code),
                docLines: FieldDocumentation.comment(text, indent: 4))
        }
        let rows = spec.errors.map { row in
            ErrorViewModel.Row(
                status: row.httpStatus.map(String.init) ?? "nil", codeName: nameByCode[row.code] ?? "",
                messageLiteral: SwiftLiteral.wrappedString(row.message, width: 80, indent: "                "))
        }
        return ErrorViewModel(
            access: access, name: operation.errorTypeName, operation: spec.name,
            docLines: FieldDocumentation.comment(
                "An error answer of `\(spec.name)`.\n\nCompare `code` with the documented codes below; "
                    + "a code the documentation does not list keeps every field the server sent, so a `switch` "
                    + "over `code` needs a `default` and never breaks when codes are added.",
                indent: 0),
            codes: codes, rows: rows)
    }
}
