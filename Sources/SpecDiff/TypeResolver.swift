import SpecIR

/// Decides the Swift shape of the fields of one spec, with its shared types (``ServiceSpec/sharedTypes``) at hand.
struct TypeResolver: Sendable {
    /// Component name → component (the first definition of a repeated name).
    let components: [String: Field]

    /// A resolver for the shared types of `spec`.
    init(_ spec: ServiceSpec) {
        self.init(sharedTypes: spec.sharedTypes)
    }

    /// A resolver for these shared types.
    init(sharedTypes: [Field]) {
        var components: [String: Field] = [:]
        for type in sharedTypes where components[type.name] == nil { components[type.name] = type }
        self.components = components
    }

    /// Whether a component is a struct of its own (an object with members); a reference to any other component
    /// takes the component's type in place.
    static func isStruct(_ component: Field) -> Bool {
        component.type == .object && !component.children.isEmpty
    }

    /// The shape of `field`.
    func resolve(_ field: Field) -> ResolvedField {
        resolve(field, inlining: [])
    }

    private func resolve(_ field: Field, inlining: Set<String>) -> ResolvedField {
        var definition = field
        var inlining = inlining
        if let reference = field.reference, let component = components[reference] {
            if Self.isStruct(component) {
                return ResolvedField(field: field, definition: field, shape: .shared(reference))
            }
            // A component referring to itself in place cannot be a value type: the generator makes it JSON.
            guard inlining.insert(reference).inserted else {
                return ResolvedField(field: field, definition: field, shape: .json)
            }
            definition = component
            definition.name = field.name
        }
        return ResolvedField(field: field, definition: definition, shape: shape(of: definition, inlining: inlining))
    }

    private func shape(of field: Field, inlining: Set<String>) -> FieldShape {
        switch field.type {
        case .object where !field.children.isEmpty:
            return .structure(field.children)
        case .object where field.item != nil:
            guard let value = field.item.map({ resolve($0.value, inlining: inlining) }) else { return .json }
            if case .openEnum = value.shape { return .json }
            return value.shape.isScalar ? .map(value) : .json
        case .object, .any:
            return .json
        case .array:
            guard let item = field.item?.value else {
                let element = Field(name: "", type: .any, source: field.source)
                return .list(ResolvedField(field: element, definition: element, shape: .json))
            }
            return .list(resolve(item, inlining: inlining))
        case .string where !field.allowedValues.isEmpty:
            return .openEnum(field.allowedValues.map(\.value))
        case .string, .binary:
            return .string
        case .integer:
            return .int
        case .long:
            return .int64
        case .boolean:
            return .bool
        case .float, .double:
            return .double
        }
    }
}
