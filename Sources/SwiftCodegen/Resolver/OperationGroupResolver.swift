import SpecIR

/// Decides the headings the module's documentation files its operations under.
///
/// Operations the spec places in a directory (``OperationSpec/group``) are grouped by their directory path,
/// groups in the order of their first operation and operations in source order (the api-docs `apis` order
/// is the directories' order in every product of the corpus); directories of equal path, such as siblings
/// of the same title, make one group. Operations in no directory follow under ``otherTitle``; when no
/// operation is in a directory (HTML pages, api-docs without `directories`), every operation is under
/// ``fallbackTitle``.
enum OperationGroupResolver {
    /// The one group of a spec without directories.
    static let fallbackTitle = "Operations"
    /// The last group, of the operations no directory lists, when others are grouped.
    static let otherTitle = "Other Operations"

    static func groups(_ operations: [ResolvedOperation]) -> [ResolvedOperationGroup] {
        var groups: [ResolvedOperationGroup] = []
        var indexByPath: [[String]: Int] = [:]
        var ungrouped: [ResolvedOperation] = []
        for operation in operations {
            let path = operation.spec.group
            guard !path.isEmpty else {
                ungrouped.append(operation)
                continue
            }
            if let index = indexByPath[path] {
                groups[index].operations.append(operation)
            } else {
                indexByPath[path] = groups.count
                groups.append(ResolvedOperationGroup(path: path, operations: [operation]))
            }
        }
        if !ungrouped.isEmpty {
            groups.append(
                ResolvedOperationGroup(path: [groups.isEmpty ? fallbackTitle : otherTitle], operations: ungrouped))
        }
        return groups
    }
}
