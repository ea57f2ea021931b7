/// Places a read, modify or delete on a resource already made by a create.
enum AccessPlacement {
    /// The placement of an operation of `role` on the resource `kind` identified by `identifier`.
    ///
    /// A read lists a list whose items carry the identifier (filtered by the request's identifier when it takes
    /// one), or answers one resource (its request and answer both carry the identifier). A modify or delete takes
    /// the identifier. When `forced` (an override), a missing identifier is assumed at the request's top level.
    static func place(
        role: ResourceRole, kind: String, identifier: String, fields: OperationFields, list: [String]? = nil,
        forced: Bool = false
    ) -> Result<(StatefulPlacement, String), Why> {
        let key = WireName.key(identifier)
        let request = fields.requestIdentifier(identifier)
        var placement = StatefulPlacement(
            role: role, kind: kind, requestIdentifier: request?.path, requestIdentifierIsList: request?.isList ?? false)
        let takes = request.map { " by \($0.path.dotted)\($0.isList ? " (a list)" : "")" } ?? ""
        guard role == .read else {
            if request != nil { return .success((placement, "takes \(identifier)\(takes)")) }
            guard forced else { return .failure(Why("its request takes no \(identifier)")) }
            placement.requestIdentifier = [identifier]
            return .success((placement, "takes \(identifier) (assumed by the override)"))
        }
        let found = fields.response.listPath(itemsCarrying: key)
        if let path = list ?? found?.list {
            placement.list = path
            placement.itemIdentifier = list == nil ? found?.item : [identifier]
            placement.paging = Paging.detect(request: fields.request.fields, response: fields.response)
            let filter = request == nil ? "" : ", filtered\(takes)"
            return .success((placement, "lists \(path.dotted) of items carrying \(identifier)\(filter)"))
        }
        if request != nil, let path = fields.response.scalarPath(keys: [key]) {
            placement.responseIdentifier = path
            return .success((placement, "answers one \(kind)\(takes)"))
        }
        guard forced else {
            return .failure(
                Why("its answer has neither a list of items carrying \(identifier) nor \(identifier) itself"))
        }
        placement.requestIdentifier = placement.requestIdentifier ?? [identifier]
        return .success((placement, "answers one \(kind) (as the override says)"))
    }
}
