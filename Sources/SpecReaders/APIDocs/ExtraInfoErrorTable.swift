import Foundation

/// The error codes an operation's `extraInfo` documents as a Markdown table, for metadata that has no `errorCodes`
/// (Log Service's, Auto Scaling's, ROS's in the 2024 snapshot):
///
/// ```
/// | HttpStatusCode | ErrorCode | ErrorMessage | 错误码描述 |
/// | :--- | :--- | :--- | :--- |
/// | 404 | ProjectNotExist | The Project does not exist : projectName. | Project不存在。 |
/// ```
///
/// A table counts when its header names an error-code column (`ErrorCode`, `错误码`); the status (`HttpCode`,
/// `HttpStatusCode`, `HTTP 状态码`, …), message (`ErrorMessage`, `错误信息`, …) and description (`描述`, `语义`, …)
/// columns are read when present, in whatever order. A row counts when its code is an identifier
/// (`Throttling.User`), so that prose in a code column (`无错误码`) is never taken for a code.
enum ExtraInfoErrorTable {
    /// One documented row.
    struct Row: Equatable {
        var status: Int?
        var declaredStatus: String?
        var code: String
        var message: String
        var description: String
    }

    private enum Column { case status, code, message, description }

    /// Every row of every error table in `text`, in order.
    static func rows(in text: String) -> [Row] {
        var rows: [Row] = []
        var columns: [Column?]?
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|") else {
                columns = nil
                continue
            }
            let cells = Self.cells(trimmed)
            if let known = columns {
                if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
                if let row = Self.row(cells, columns: known) { rows.append(row) }
            } else {
                let header = cells.map(Self.column)
                if header.contains(.code) { columns = header }
            }
        }
        return rows
    }

    private static func cells(_ line: String) -> [String] {
        var body = Substring(line).dropFirst()
        if body.hasSuffix("|") { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    private static func column(_ header: String) -> Column? {
        let name = header.lowercased().filter { !$0.isWhitespace }
        switch name {
        case "errorcode", "错误码", "errorcode错误码": return .code
        case "httpcode", "httpstatuscode", "http", "httpstatus", "http状态码", "http状态", "状态码", "statuscode":
            return .status
        case "errormessage", "message", "错误信息", "message错误信息", "报错消息", "错误消息": return .message
        case "描述", "错误码描述", "语义", "description", "说明": return .description
        default: return nil
        }
    }

    private static func row(_ cells: [String], columns: [Column?]) -> Row? {
        func cell(_ column: Column) -> String? {
            columns.firstIndex(of: column).flatMap { $0 < cells.count ? cells[$0] : nil }
        }
        guard let code = cell(.code), isCode(code) else { return nil }
        let statusText = cell(.status) ?? ""
        let status = Int(statusText).flatMap { (100...599).contains($0) ? $0 : nil }
        return Row(
            status: status, declaredStatus: status == nil && !statusText.isEmpty ? statusText : nil, code: code,
            message: cell(.message) ?? "", description: cell(.description) ?? "")
    }

    /// An error code: ASCII letters first, then letters, digits, `.`, `_` and `-`.
    private static func isCode(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || ".-_".unicodeScalars.contains(scalar))
        }
    }
}
