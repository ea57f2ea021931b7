import SpecIR

/// Looks through a list of fields (a request's parameters, a response's fields), following `$ref`s to the
/// service's shared types.
struct FieldSearch {
    /// The fields searched, top level.
    var fields: [Field]
    /// The service's shared types by name.
    var sharedTypes: [String: Field]

    /// How deep a search goes.
    static let maxDepth = 4

    /// The field with its referenced shared type's members and item, when it refers to one and has none itself.
    func resolved(_ field: Field) -> Field { field.resolvingReference(in: sharedTypes) }

    /// The members of an object field, or of a list field's item.
    func members(of field: Field) -> [Field] {
        let field = resolved(field)
        if let item = field.item { return resolved(item.value).children }
        return field.children
    }

    /// The wire-name path component of a field: none for the whole body or an unnamed item.
    static func component(_ field: Field) -> [String] {
        field.placement == .payload || field.name.isEmpty ? [] : [field.name]
    }

    /// The path of the first scalar field (top level, then inside top-level objects) whose name is one of `keys`.
    func scalarPath(named keys: String...) -> [String]? {
        scalarPath(keys: Set(keys))
    }

    /// The path of a scalar field named one of `keys`, at the top level or in a top-level object (`Data.VpcId`).
    func scalarPath(keys: Set<String>) -> [String]? {
        for field in fields where keys.contains(WireName.key(field.name)) && isScalar(field) {
            return [field.name]
        }
        for field in fields.map(resolved) where field.type == .object {
            for child in field.children where keys.contains(WireName.key(child.name)) && isScalar(child) {
                return Self.component(field) + [child.name]
            }
        }
        return nil
    }

    /// The first list (depth first, source order) whose items are objects carrying a member named `key`, at their
    /// top level or in one of their objects (`nodepools[].nodepool_info.nodepool_id`): the list's path, and the
    /// identifier's path inside an item.
    func listPath(itemsCarrying key: String) -> (list: [String], item: [String])? {
        func carried(_ members: [Field]) -> [String]? {
            if let member = members.first(where: { WireName.key($0.name) == key }) { return [member.name] }
            for member in members.map(resolved) where member.type == .object {
                if let inner = member.children.first(where: { WireName.key($0.name) == key }) {
                    return [member.name, inner.name]
                }
            }
            return nil
        }
        func search(_ fields: [Field], depth: Int) -> (list: [String], item: [String])? {
            guard depth <= Self.maxDepth else { return nil }
            for field in fields.map(resolved) {
                if let item = field.item, field.type == .array {
                    if let path = carried(resolved(item.value).children) { return (Self.component(field), path) }
                } else if field.type == .object, let found = search(field.children, depth: depth + 1) {
                    return (Self.component(field) + found.list, found.item)
                }
            }
            return nil
        }
        return search(fields, depth: 1)
    }

    /// The path of a list of scalars (top level, or inside a top-level object: `InstanceIdSets.InstanceIdSet`)
    /// whose name begins with `prefix`.
    func scalarListPath(namedLike prefix: String) -> [String]? {
        for field in fields.map(resolved) where WireName.key(field.name).hasPrefix(prefix) {
            if let item = field.item, field.type == .array, isScalar(resolved(item.value)) { return [field.name] }
            if field.type == .object {
                for child in field.children.map(resolved) {
                    if let item = child.item, child.type == .array, isScalar(resolved(item.value)) {
                        return [field.name, child.name]
                    }
                }
            }
        }
        return nil
    }

    /// Whether a field holds one value (not an object or a list).
    func isScalar(_ field: Field) -> Bool {
        let field = resolved(field)
        return field.type != .object && field.type != .array && field.type != .any
    }
}
