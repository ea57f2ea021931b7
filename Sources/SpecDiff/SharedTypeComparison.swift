import SpecIR

/// Compares the shared structs of two specs (``ServiceSpec/sharedTypes`` that are objects with members, each a
/// top-level Swift struct), once each, by name. Fields that refer to a shared struct are compared by its name
/// (``FieldComparison``); a reference to any other shared schema is compared in place, where it is used.
enum SharedTypeComparison {
    /// The changes of the shared structs.
    static func changes(old: TypeResolver, new: TypeResolver) -> [SpecChange] {
        let oldStructs = old.components.filter { TypeResolver.isStruct($0.value) }
        let newStructs = new.components.filter { TypeResolver.isStruct($0.value) }
        var changes: [SpecChange] = []
        for name in Set(oldStructs.keys).union(newStructs.keys).sorted() {
            switch (oldStructs[name], newStructs[name]) {
            case (nil, _?):
                changes.append(
                    SpecChange(
                        operation: name, kind: .sharedTypeAdded, summary: "shared type added", isBreaking: false))
            case (_?, nil):
                changes.append(
                    SpecChange(
                        operation: name, kind: .sharedTypeRemoved, summary: "shared type removed", isBreaking: true))
            case (let before?, let after?):
                changes += FieldComparison.changes(
                    old: before.children, new: after.children, owner: name, context: .shared, resolvers: (old, new))
            case (nil, nil):
                break
            }
        }
        return changes
    }
}
