import SpecIR

/// Compares one operation of two specs: its request, its response and its documented error codes.
enum OperationComparison {
    /// The changes between two versions of one operation.
    static func changes(
        old: OperationSpec, new: OperationSpec, resolvers: (old: TypeResolver, new: TypeResolver)
    ) -> [SpecChange] {
        let pair = (resolvers.old, resolvers.new)
        var changes = FieldComparison.changes(
            old: old.parameters, new: new.parameters, owner: new.name, context: .request, resolvers: pair)
        changes += FieldComparison.changes(
            old: responseFields(old, resolvers.old), new: responseFields(new, resolvers.new), owner: new.name,
            context: .response, resolvers: pair)
        let wasRaw = old.response.isRawBody == true
        let isRaw = new.response.isRawBody == true
        if wasRaw != isRaw {
            changes.append(
                SpecChange(
                    operation: new.name, kind: .responseFieldRetyped,
                    summary: isRaw
                        ? "the answer is now raw bytes, not decoded fields"
                        : "the answer is now decoded fields, not raw bytes",
                    isBreaking: true))
        }
        changes += errorChanges(old, new)
        return changes
    }

    /// The answer's fields as the generator makes them: a shared type's members when the answer is one, then the
    /// answer's own fields (its headers).
    static func responseFields(_ operation: OperationSpec, _ resolver: TypeResolver) -> [Field] {
        guard let reference = operation.response.reference, let component = resolver.components[reference] else {
            return operation.response.fields
        }
        return (component.type == .object ? component.children : [component.asWholeBody]) + operation.response.fields
    }

    /// Codes documented anew or no longer, each once (a code under two statuses is one constant).
    static func errorChanges(_ old: OperationSpec, _ new: OperationSpec) -> [SpecChange] {
        let oldCodes = codes(old)
        let newCodes = codes(new)
        let added = newCodes.filter { !oldCodes.contains($0) }.map { code in
            SpecChange(
                operation: new.name, kind: .errorAdded, subject: code,
                summary: "error code \(code) is now documented (a new constant)", isBreaking: false)
        }
        let removed = oldCodes.filter { !newCodes.contains($0) }.map { code in
            SpecChange(
                operation: new.name, kind: .errorRemoved, subject: code,
                summary: "error code \(code) is no longer documented: its constant disappears", isBreaking: true)
        }
        return added + removed
    }

    private static func codes(_ operation: OperationSpec) -> [String] {
        var seen: Set<String> = []
        return operation.errors.map(\.code).filter { seen.insert($0).inserted }
    }
}
