import SpecIR

/// Checks on sibling names shared by both readers.
///
/// - A name listed twice among siblings: the first definition is kept and later ones dropped,
///   with a warning that says whether the definitions differ.
/// - Names that differ only in case (`Tag.N.key` and `Tag.N.Key`): both are kept, since the
///   server takes both spellings, with a warning; the generator disambiguates them.
enum FieldNameChecks {
    static func check(_ fields: [Field], path: String) -> (fields: [Field], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let unique = removingDuplicates(fields, path: path, diagnostics: &diagnostics)
        return (unique, diagnostics)
    }

    private static func removingDuplicates(
        _ fields: [Field], path: String, diagnostics: inout [Diagnostic]
    ) -> [Field] {
        var kept: [Field] = []
        var firstByName: [String: Int] = [:]
        var firstByFoldedName: [String: Int] = [:]
        for var field in fields {
            let childPath = field.name.isEmpty ? path : "\(path).\(field.name)"
            field.children = removingDuplicates(field.children, path: childPath, diagnostics: &diagnostics)
            if var item = field.item?.value {
                item.children = removingDuplicates(item.children, path: childPath + ".N", diagnostics: &diagnostics)
                field.item = Indirect(item)
            }
            // A path parameter and a body member of one name (CS CreateTrigger's cluster_id) are different
            // values in different places: names repeat only within one place.
            let key = field.place.namespace + "\u{0}" + field.name
            if let firstIndex = firstByName[key], !field.name.isEmpty {
                let first = kept[firstIndex]
                let same = first.withSource(field.source) == field
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "\"\(path).\(field.name)\" is listed again (first at \(first.source.position))"
                            + (same ? "" : " with a different definition") + "; the first is kept",
                        at: field.source))
                continue
            }
            let folded = field.place.namespace + "\u{0}" + field.name.lowercased()
            if let otherIndex = firstByFoldedName[folded], !field.name.isEmpty {
                let other = kept[otherIndex]
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "\"\(path).\(field.name)\" and \"\(other.name)\" (at \(other.source.position)) differ only"
                            + " in case; both are kept as distinct wire names",
                        at: field.source))
            } else {
                firstByFoldedName[folded] = kept.count
            }
            firstByName[key] = kept.count
            kept.append(field)
        }
        return kept
    }
}

extension Field {
    /// The same field with every location (its own and its descendants') replaced.
    func withSource(_ location: SourceLocation) -> Field {
        var copy = self
        copy.source = location
        copy.children = children.map { $0.withSource(location) }
        if let item { copy.item = Indirect(item.value.withSource(location)) }
        return copy
    }
}
