/// Places the creates, which make the resources every other operation is placed on.
enum CreatePlacement {
    /// The placements of the operations that create (by their verb or an override), and the resources they make.
    ///
    /// A create whose identifier is loose (``CreateIdentifier/isLoose``) joins the resource another create
    /// identifies by that name; an override's create keeps the kind it names.
    static func place(
        _ operations: [OperationFields], overrides: InferenceOverrides
    ) -> (placements: [String: (Placement, String)], resources: ResourceTable) {
        var decided: [String: (Placement, String)] = [:]
        var creates: [(name: String, found: CreateIdentifier)] = []
        for fields in operations {
            let name = fields.operation.name
            guard let (kind, identifier, forced) = candidate(name, overrides.operations[name]) else { continue }
            switch CreateIdentifier.find(kind: kind, in: fields, named: identifier) {
            case .success(var found):
                if forced { found.isLoose = false }
                creates.append((name, found))
            case .failure(let why) where identifier != nil:
                let name = identifier ?? kind
                let found = CreateIdentifier(
                    kind: kind, name: name, path: [name], isList: false, how: "as the override says; \(why.text)")
                creates.append((fields.operation.name, found))
            case .failure(let why):
                decided[name] = ResourceInference.fallback(
                    fields, "\(OperationName(name).verb) would make \(kind), but \(why.text)")
            }
        }
        let strict = Dictionary(
            creates.filter { !$0.found.isLoose }.map { (WireName.key($0.found.name), $0.found.kind) },
            uniquingKeysWith: { first, _ in first })
        var resources = ResourceTable()
        for (name, var found) in creates {
            if found.isLoose, let kind = strict[WireName.key(found.name)], kind != found.kind {
                found.how += ", the identifier of \(kind)"
                found.kind = kind
            }
            resources.add(kind: found.kind, create: name, identifier: found.name)
            let placement = StatefulPlacement(
                role: .create, kind: found.kind, responseIdentifier: found.path, responseIdentifierIsList: found.isList)
            decided[name] = (.stateful(placement), "makes \(found.kind): \(found.how)")
        }
        return (decided, resources)
    }

    /// The kind, the forced identifier and whether an override says so, of an operation that creates.
    private static func candidate(_ name: String, _ override: OperationOverride?) -> (String, String?, Bool)? {
        switch override {
        case .stateful(.create, let kind, let identifier, _)?: (kind, identifier, true)
        case nil: OperationName(name).role == .create ? (OperationName(name).kind, nil, false) : nil
        default: nil
        }
    }
}
