import SpecIR

/// A documentation table with its columns mapped by header text, not position.
///
/// A header cell that names none of the expected columns, or one already named, is reported as a
/// warning at its line, once; its cells are not read.
struct HTMLTable {
    /// One body row: its line, its `data-level`, and its cells by column.
    struct Row {
        var line: Int
        var level: Int
        var node: HTMLNode
        var cells: [HTMLVocabulary.Column: HTMLNode]
    }

    var headerLine: Int
    var rows: [Row]
    /// The expected columns the header names.
    var columns: Set<HTMLVocabulary.Column>
    /// Warnings about header cells whose columns are not read.
    var diagnostics: [Diagnostic] = []

    /// Maps `table`'s header row to `expected` columns and reads its body rows.
    ///
    /// - Throws: when a `required` column is missing, or a body row has fewer cells than the header.
    init(
        _ table: HTMLNode,
        in document: HTMLDocument,
        expected: [HTMLVocabulary.Column],
        required: [HTMLVocabulary.Column],
        what: String,
        input: SpecInput
    ) throws(DiagnosticError) {
        let allRows = document.nodes("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr", relativeTo: table)
        guard let header = allRows.first(where: { row in row.cellNodes.contains { $0.name == "th" } }) ?? allRows.first
        else {
            throw DiagnosticError("the \(what) table has no rows", at: input.location(line: table.line))
        }
        headerLine = header.line
        var columnIndex: [HTMLVocabulary.Column: Int] = [:]
        var position = 0
        for (offset, cell) in header.cellNodes.enumerated() {
            let heading = cell.text
            let label = heading.isEmpty ? "\(offset + 1) (no heading)" : "\"\(heading)\""
            if let column = HTMLVocabulary.column(forHeader: heading, among: expected) {
                if columnIndex[column] == nil {
                    columnIndex[column] = position
                } else {
                    diagnostics.append(
                        Diagnostic(
                            .warning,
                            "column \(label) of the \(what) table repeats its \(column.rawValue) column; "
                                + "its cells are ignored",
                            at: input.location(line: cell.line)))
                }
            } else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "column \(label) of the \(what) table is not recognised; its cells are ignored",
                        at: input.location(line: cell.line)))
            }
            position += cell.span
        }
        let width = position
        columns = Set(columnIndex.keys)
        for column in required where columnIndex[column] == nil {
            let names =
                HTMLVocabulary.columnHeaders[column].map { $0.sorted().joined(separator: "/") } ?? column.rawValue
            throw DiagnosticError(
                "the \(what) table has no \(column.rawValue) column (header \(names))",
                at: input.location(line: header.line))
        }
        rows = []
        for row in allRows where row.pointer != header.pointer {
            let cells = row.cellNodes
            let rowWidth = cells.reduce(0) { $0 + $1.span }
            guard rowWidth >= width else {
                throw DiagnosticError(
                    "a row of the \(what) table has \(rowWidth) cells, the header has \(width)",
                    at: input.location(line: row.line))
            }
            var byColumn: [HTMLVocabulary.Column: HTMLNode] = [:]
            var start = 0
            for cell in cells {
                for (column, index) in columnIndex where index >= start && index < start + cell.span {
                    byColumn[column] = cell
                }
                start += cell.span
            }
            let level = row.attribute("data-level").flatMap { Int($0) } ?? 0
            rows.append(Row(line: row.line, level: level, node: row, cells: byColumn))
        }
    }
}

extension HTMLNode {
    /// `td` and `th` children of a row.
    fileprivate var cellNodes: [HTMLNode] {
        elementChildren.filter { $0.name == "td" || $0.name == "th" }
    }

    /// The `colspan` of a cell, at least 1.
    fileprivate var span: Int {
        max(1, min(attribute("colspan").flatMap { Int($0) } ?? 1, 1000))
    }
}
