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
/// A table counts when its header names an error-code column; the status, message and description (or meaning)
/// columns are read when present, in whatever order, each found by the words documentation pages use for it
/// (``HTMLVocabulary``, which the HTML reader's error tables use too). A row counts when its code is an identifier
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

    /// The columns an error table may have, named as documentation pages name them (``HTMLVocabulary``).
    private static let errorColumns: [HTMLVocabulary.Column] = [
        .httpStatus, .errorCode, .errorMessage, .description, .meaning,
    ]

    /// Every row of every error table in `text`, in order.
    static func rows(in text: String) -> [Row] {
        var rows: [Row] = []
        var columns: [HTMLVocabulary.Column?]?
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
                let header = cells.map { HTMLVocabulary.column(forHeader: $0, among: Self.errorColumns) }
                if header.contains(.errorCode) { columns = header }
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

    private static func row(_ cells: [String], columns: [HTMLVocabulary.Column?]) -> Row? {
        func cell(_ column: HTMLVocabulary.Column) -> String? {
            columns.firstIndex(of: column).flatMap { $0 < cells.count ? cells[$0] : nil }
        }
        guard let code = cell(.errorCode), isCode(code) else { return nil }
        let statusText = cell(.httpStatus) ?? ""
        let status = Int(statusText).flatMap { (100...599).contains($0) ? $0 : nil }
        return Row(
            status: status, declaredStatus: status == nil && !statusText.isEmpty ? statusText : nil, code: code,
            message: cell(.errorMessage) ?? "", description: cell(.meaning) ?? cell(.description) ?? "")
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
