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

    /// A sibling's name within its place: a path parameter and a body member of one name (CS CreateTrigger's
    /// cluster_id) are different values in different places, so names repeat only within one place.
    private struct PlacedName: Hashable {
        var namespace: String
        var name: String
    }

    private static func removingDuplicates(
        _ fields: [Field], path: String, diagnostics: inout [Diagnostic]
    ) -> [Field] {
        var kept: [Field] = []
        var firstByName: [PlacedName: Int] = [:]
        var firstByFoldedName: [PlacedName: Int] = [:]
        for var field in fields {
            let itemHasChildren = field.item?.value.children.isEmpty == false
            if !field.children.isEmpty || itemHasChildren {
                let childPath = field.name.isEmpty ? path : "\(path).\(field.name)"
                field.children = removingDuplicates(field.children, path: childPath, diagnostics: &diagnostics)
                if itemHasChildren, var item = field.item?.value {
                    item.children = removingDuplicates(item.children, path: childPath + ".N", diagnostics: &diagnostics)
                    field.item = Indirect(item)
                }
            }
            let key = PlacedName(namespace: field.place.namespace, name: field.name)
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
            let folded = PlacedName(namespace: key.namespace, name: field.name.lowercased())
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
