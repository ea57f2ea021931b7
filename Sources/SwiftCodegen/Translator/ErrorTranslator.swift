import SpecIR
import SwiftSourceText

/// Translates an operation's error table into its typed error.
///
/// One `Code` member per distinct code, its docs listing every documented row (a code documented
/// under two statuses lists both); a table of all rows keeps the statuses.
enum ErrorTranslator {
    static func viewModel(_ operation: ResolvedOperation, access: String) -> ErrorViewModel {
        let spec = operation.spec
        let common = operation.commonErrors
        let nameByCode = Dictionary(
            (operation.errorCodes + (common?.codes ?? [])).map { ($0.code, $0.memberName) }
        ) { first, _ in first }
        let own = spec.errors.filter { !(common?.contains($0) ?? false) }
        let codes = constants(operation.errorCodes, rows: spec.errors)
        let rows = self.rows(own, names: nameByCode, indent: "                ")
        var model = ErrorViewModel(
            access: access, name: operation.errorTypeName, operation: spec.name,
            docLines: FieldDocumentation.comment(
                "An error answer of `\(spec.name)`.\n\nCompare `code` with the documented codes below"
                    + (common.map { " and those of `\($0.protocolName)`" } ?? "") + "; "
                    + "a code the documentation does not list keeps every field the server sent, so a `switch` "
                    + "over `code` needs a `default` and never breaks when codes are added.",
                indent: 0),
            codes: codes, rows: rows)
        model.commonProtocol = common?.protocolName
        return model
    }

    /// The protocol of the service's common error rows.
    static func common(_ common: ResolvedCommonErrors, service: ServiceSpec, access: String) -> CommonErrorsViewModel {
        let names = Dictionary(common.codes.map { ($0.code, $0.memberName) }) { first, _ in first }
        return CommonErrorsViewModel(
            access: access, name: common.protocolName, product: "\(service.product) \(service.version)",
            docLines: FieldDocumentation.comment(
                "The error rows every operation of \(service.product) \(service.version) documents alike, declared "
                    + "once: each operation's error type conforms, so its `code` compares with these codes and its "
                    + "`documentedRows` begin with these rows.",
                indent: 0),
            codes: constants(common.codes, rows: common.rows),
            rows: rows(common.rows, names: names, indent: "                    "))
    }

    /// Each code's constant, its documentation listing its rows.
    private static func constants(_ codes: [ResolvedErrorCode], rows: [DocumentedError]) -> [ErrorViewModel.Code] {
        // Each code's rows in table order, grouped once: an operation may document hundreds of rows.
        let rowsByCode = Dictionary(grouping: rows, by: \.code)
        return codes.map { code in
            let text = (rowsByCode[code.code] ?? []).map { row in
                let status = row.httpStatus.map { "HTTP \($0)" } ?? "Status \(row.declaredStatus ?? "unknown")"
                let description = row.description.isEmpty ? "" : "\n\n\(row.description)"
                return "`\(row.code)` (\(status)): \(row.message)\(description)\n\nGenerated from \(row.source)."
            }.joined(separator: "\n\n")
            return ErrorViewModel.Code(
                name: code.memberName, codeLiteral: SwiftLiteral.string(code.code),
                docLines: FieldDocumentation.comment(text, indent: 4))
        }
    }

    private static func rows(_ rows: [DocumentedError], names: [String: String], indent: String)
        -> [ErrorViewModel.Row]
    {
        rows.map { row in
            ErrorViewModel.Row(
                status: row.httpStatus.map(String.init) ?? "nil", codeName: names[row.code] ?? "",
                messageLiteral: SwiftLiteral.wrappedString(row.message, width: 80, indent: indent))
        }
    }
}
