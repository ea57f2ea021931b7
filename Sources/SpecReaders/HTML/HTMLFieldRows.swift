import SpecIR

/// Builds nested ``Field``s from parameter-table rows whose nesting is given by `data-level`.
///
/// A row at level N+1 right after a row at level N is that row's member. An `object` row takes its
/// members as children. An `array` row takes a single unnamed member as its item; named members
/// go into an unnamed `object` item (pages that skip the item row). Any other nesting is an error.
struct HTMLFieldRows {
    static let maximumLevel = 32

    private let rows: [(level: Int, field: Field)]
    private let input: SpecInput
    private var index = 0

    init(rows: [(level: Int, field: Field)], input: SpecInput) {
        self.rows = rows
        self.input = input
    }

    static func build(_ rows: [(level: Int, field: Field)], input: SpecInput) throws(DiagnosticError) -> [Field] {
        var builder = HTMLFieldRows(rows: rows, input: input)
        let fields = try builder.members(level: rows.first?.level ?? 0)
        return fields
    }

    private mutating func members(level: Int) throws(DiagnosticError) -> [Field] {
        var fields: [Field] = []
        while index < rows.count, rows[index].level >= level {
            let (rowLevel, row) = rows[index]
            guard rowLevel == level else {
                throw DiagnosticError(
                    "row \"\(row.name)\" is at level \(rowLevel) but follows a row at level \(level)",
                    at: row.source)
            }
            guard rowLevel < Self.maximumLevel else {
                throw DiagnosticError("rows nested deeper than \(Self.maximumLevel) levels", at: row.source)
            }
            var field = row
            index += 1
            if index < rows.count, rows[index].level > level {
                guard field.type == .object || field.type == .array else {
                    throw DiagnosticError(
                        "row \"\(rows[index].field.name)\" is nested under \"\(field.name)\" of type"
                            + " \(field.type.rawValue), which has no members",
                        at: rows[index].field.source)
                }
                let nested = try members(level: level + 1)
                attach(nested, to: &field)
            }
            fields.append(field)
        }
        return fields
    }

    private func attach(_ nested: [Field], to field: inout Field) {
        guard field.type == .array else {
            field.children = nested
            return
        }
        if nested.count == 1, nested[0].name.isEmpty {
            field.item = Indirect(nested[0])
        } else {
            field.item = Indirect(Field(name: "", type: .object, children: nested, source: nested[0].source))
        }
    }
}

/// Reads the type column: `string`, `integer`/`int32`, `long`/`int64`, `boolean`, `float`,
/// `double`, `number`, `object`, `array`, `array<T>`, `binary`, `any`; an unknown type is an error.
enum HTMLTypeName {
    static func parse(_ text: String) -> (type: FieldType, item: FieldType?)? {
        let lowered = InlineText.fold(text).lowercased().replacingOccurrences(of: " ", with: "")
        if lowered.hasPrefix("array<"), lowered.hasSuffix(">") {
            guard let inner = parse(String(lowered.dropFirst(6).dropLast())), inner.item == nil else { return nil }
            return (.array, inner.type)
        }
        switch lowered {
        case "int", "int32": return (.integer, nil)
        case "int64": return (.long, nil)
        case "number": return (.float, nil)
        case "bool": return (.boolean, nil)
        case "map": return (.object, nil)
        default: return FieldType(rawValue: lowered).map { ($0, nil) }
        }
    }
}
