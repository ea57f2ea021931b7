/// How a ``SpecOverlay`` is merged over an api-docs document: JSON Merge Patch (RFC 7396) with two additions
/// that api-docs needs.
///
/// - Objects merge member by member; a member set to `null`, or to an object with `"x-remove": true` (which can
///   cite its source, as an overlay's operations must), is removed; any other value replaces.
/// - Arrays whose elements are all objects named by `name` (parameters) or `errorCode` (error codes) merge
///   element by element under that name: an overlay element with a name the spec has is merged into it, one
///   with `"x-remove": true` removes it, a new name is appended. Other arrays are replaced whole.
/// - `apis."*"` is merged into every operation (the spec's and the overlay's) before the operation's own
///   entry, so a product-wide list (OSS's error codes) is written once.
enum SpecOverlayMerge {
    /// The keys that name the elements of a keyed array, in the order they are tried.
    static let elementKeys = ["name", "errorCode"]
    /// The member of an overlay element that removes the element of that name.
    static let removeKey = "x-remove"
    /// The key of the entry of `apis` merged into every operation.
    static let everyOperationKey = "*"

    /// The document with the overlay merged over it.
    static func apply(_ overlay: JSONNode, to document: JSONNode) -> JSONNode {
        var patch = overlay
        let everyOperation = patch["apis"]?[everyOperationKey]
        if everyOperation != nil {
            patch = removing(everyOperationKey, under: "apis", from: patch)
        }
        var merged = merge(patch, into: document)
        if let everyOperation, case .object(var members) = merged.value,
            let apisIndex = members.firstIndex(where: { $0.key == "apis" }),
            case .object(var operations) = members[apisIndex].value.value
        {
            for index in operations.indices {
                // The product-wide entry first, then the operation's own entry wins over it.
                let own = patch["apis"]?[operations[index].key]
                if own?[removeKey]?.bool == true { continue }
                let spec = document["apis"]?[operations[index].key]
                var value = spec.map { merge(everyOperation, into: $0) } ?? everyOperation
                if let own { value = merge(own, into: value) }
                operations[index].value = value
            }
            members[apisIndex].value.value = .object(operations)
            merged.value = .object(members)
        }
        return merged
    }

    /// `patch` merged into `base` (RFC 7396, with keyed arrays).
    static func merge(_ patch: JSONNode, into base: JSONNode) -> JSONNode {
        switch (patch.value, base.value) {
        case (.object(let patchMembers), .object(var baseMembers)):
            for member in patchMembers {
                let existing = baseMembers.firstIndex { $0.key == member.key }
                let removes: Bool =
                    switch member.value.value {
                    case .null: true
                    default: member.value[removeKey]?.bool == true
                    }
                switch (removes, existing) {
                case (true, let index?): baseMembers.remove(at: index)
                case (true, nil): break
                case (false, let index?): baseMembers[index].value = merge(member.value, into: baseMembers[index].value)
                case (false, nil): baseMembers.append(member)
                }
            }
            return JSONNode(value: .object(baseMembers), position: base.position)
        case (.array(let patchElements), .array(var baseElements)):
            guard let key = elementKey(of: patchElements + baseElements) else { return patch }
            for element in patchElements {
                let name = element[key]?.text
                let existing = baseElements.firstIndex { $0[key]?.text == name }
                switch (element[removeKey]?.bool == true, existing) {
                case (true, let index?): baseElements.remove(at: index)
                case (true, nil): break
                case (false, let index?): baseElements[index] = merge(element, into: baseElements[index])
                case (false, nil): baseElements.append(element)
                }
            }
            return JSONNode(value: .array(baseElements), position: base.position)
        default:
            return patch
        }
    }

    /// The key that names every element, when the array is a keyed one.
    private static func elementKey(of elements: [JSONNode]) -> String? {
        guard !elements.isEmpty else { return nil }
        return elementKeys.first { key in elements.allSatisfy { $0[key]?.text != nil } }
    }

    private static func removing(_ key: String, under parent: String, from node: JSONNode) -> JSONNode {
        guard case .object(var members) = node.value,
            let index = members.firstIndex(where: { $0.key == parent }),
            case .object(let children) = members[index].value.value
        else { return node }
        members[index].value.value = .object(children.filter { $0.key != key })
        return JSONNode(value: .object(members), position: node.position)
    }
}
