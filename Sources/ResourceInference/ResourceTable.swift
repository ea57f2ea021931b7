import SpecIR

/// The resources found so far, by kind, while inference runs.
struct ResourceTable {
    /// A kind being collected.
    struct Entry {
        var kind: String
        var identifier: String
        var creates: [String]
    }

    private var entries: [String: Entry] = [:]

    /// The resource of a kind, whatever its spelling.
    subscript(kind: String) -> Entry? { entries[WireName.key(kind)] }

    /// Records a create of a kind. The identifier named `<Kind>Id` wins over another.
    mutating func add(kind: String, create: String, identifier: String) {
        let key = WireName.key(kind)
        guard var entry = entries[key] else {
            entries[key] = Entry(kind: kind, identifier: identifier, creates: [create])
            return
        }
        entry.creates.append(create)
        if WireName.key(entry.identifier) != WireName.key(kind + "Id"),
            WireName.key(identifier) == WireName.key(kind + "Id")
        {
            entry.identifier = identifier
        }
        entries[key] = entry
    }

    /// The finished resources, sorted by kind, with their operations, NotFound code and paging.
    func finish(operations: [OperationFields], placements: [InferredOperation]) -> [InferredResource] {
        let errors = Dictionary(
            operations.map { ($0.operation.name, $0.operation.errors) }, uniquingKeysWith: { $0 + $1 })
        return entries.values.sorted { $0.kind < $1.kind }.map { entry in
            var resource = InferredResource(kind: entry.kind, identifier: entry.identifier)
            var touching: [[DocumentedError]] = []
            for operation in placements {
                guard let placement = operation.placement.stateful, placement.kind == entry.kind else { continue }
                switch placement.role {
                case .create: resource.creates.append(operation.name)
                case .read: resource.reads.append(operation.name)
                case .modify: resource.modifies.append(operation.name)
                case .delete: resource.deletes.append(operation.name)
                }
                if placement.role != .create { touching.append(errors[operation.name] ?? []) }
                if resource.paging == nil, placement.role == .read { resource.paging = placement.paging }
            }
            let notFound = NotFoundCode.choose(kind: entry.kind, identifier: entry.identifier, errors: touching)
            resource.notFoundCode = notFound.code
            resource.notFoundReason = notFound.why
            return resource
        }
    }
}
