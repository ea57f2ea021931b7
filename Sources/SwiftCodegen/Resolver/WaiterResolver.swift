import SpecIR

/// A ready-made waiter: an operation whose answer lists resources with a documented status.
///
/// The rule: an operation that only reads (``RetrySafety/readOnly``) whose answer has one list (the
/// rule of ``Pagination``'s items) of objects with one `Status` member (any case) that is an open enum
/// of documented values gets `waitUntil<Operation>(_:status:)`: it calls the operation until the list
/// is not empty and every element has that status.
struct StatusWaiter: Sendable {
    var items: Pagination.Items
    /// The element's status member.
    var status: ResolvedMember

    static func of(_ operation: ResolvedOperation) -> StatusWaiter? {
        guard case .readOnly = operation.retrySafety, let items = Pagination.items(of: operation.response),
            case .structure(let name) = items.element, let element = operation.response.findStruct(named: name)
        else { return nil }
        let statuses = element.members.filter { $0.field.name.lowercased() == "status" && $0.type.isOpenEnum }
        guard statuses.count == 1 else { return nil }
        return StatusWaiter(items: items, status: statuses[0])
    }
}

extension ResolvedStruct {
    /// A struct declared anywhere inside this one.
    func findStruct(named name: TypeName) -> ResolvedStruct? {
        for declaration in nested {
            guard case .structure(let structure) = declaration else { continue }
            if structure.name == name { return structure }
            if let found = structure.findStruct(named: name) { return found }
        }
        return nil
    }
}
