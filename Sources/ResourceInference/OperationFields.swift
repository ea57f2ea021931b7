import SpecIR

/// One operation's request and answer, ready to search.
struct OperationFields {
    /// The operation.
    var operation: OperationSpec
    /// Its request parameters.
    var request: FieldSearch
    /// Its answer's fields (a `$ref` answer resolved).
    var response: FieldSearch

    /// Prepares an operation of a service.
    init(_ operation: OperationSpec, sharedTypes: [String: Field]) {
        self.operation = operation
        request = FieldSearch(fields: operation.parameters, sharedTypes: sharedTypes)
        var answer = operation.response.fields
        if answer.isEmpty, let name = operation.response.reference, let shared = sharedTypes[name] {
            answer = shared.children.isEmpty ? [shared.asWholeBody] : shared.children
        }
        response = FieldSearch(fields: answer, sharedTypes: sharedTypes)
    }

    /// Whether the documentation gives an example answer.
    var hasExample: Bool { !(operation.response.example ?? "").isEmpty }

    /// The request parameter carrying an identifier: its own name (`VpcId`, a path's `ClusterId`), or a plural
    /// list form (`InstanceIds`, `VpcIdList`), which is then reported as a list.
    func requestIdentifier(_ identifier: String) -> (path: [String], isList: Bool)? {
        let key = WireName.key(identifier)
        if let field = request.fields.first(where: { WireName.key($0.name) == key }) {
            return ([field.name], field.type == .array)
        }
        let plurals = [key + "s", key + "list", key + "set", key + "sets"]
        if let field = request.fields.first(where: { plurals.contains(WireName.key($0.name)) }) {
            return ([field.name], true)
        }
        return nil
    }
}
