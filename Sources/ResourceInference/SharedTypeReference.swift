import SpecIR

extension Field {
    /// This field with the members and item of the shared type it refers to (`$ref`), when it has none of its own:
    /// how inference and the emulator's answers read a schema.
    ///
    /// - Parameter sharedTypes: The service's shared types by name.
    /// - Returns: The field, its reference followed one step.
    public func resolvingReference(in sharedTypes: [String: Field]) -> Field {
        guard let name = reference, children.isEmpty, item == nil, let shared = sharedTypes[name] else { return self }
        var copy = self
        copy.type = shared.type
        copy.children = shared.children
        copy.item = shared.item
        return copy
    }
}
