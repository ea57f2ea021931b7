import SpecIR

/// Infers an emulator's resources from a spec: which operations create, read, modify and delete which kinds of
/// resource, and which only answer their documented example. A pure function of the IR; the rules are written
/// down in `docs/emulator-inference.md`.
public enum ResourceInference {
    /// Infers the resources and operation placements of a service.
    ///
    /// - Parameters:
    ///   - service: The product version read from its spec.
    ///   - overrides: Corrections that place the operations they name, before the rules place the rest.
    /// - Returns: Resources sorted by kind, every operation sorted by name.
    public static func infer(_ service: ServiceSpec, overrides: InferenceOverrides = .none) -> InferredService {
        let sharedTypes = Dictionary(service.sharedTypes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let operations = service.operations.sorted { $0.name < $1.name }
            .map { OperationFields($0, sharedTypes: sharedTypes) }
        let names = Set(service.operations.map(\.name))
        var problems = overrides.operations.keys.filter { !names.contains($0) }.sorted()
            .map { "override names \($0), which the spec does not have" }

        var (decided, resources) = CreatePlacement.place(operations, overrides: overrides)
        for fields in operations where decided[fields.operation.name] == nil {
            let name = fields.operation.name
            decided[name] = placeAccess(fields, override: overrides.operations[name], resources: resources)
            if case .stateful(role: _, let kind, _, _)? = overrides.operations[name], resources[kind] == nil {
                problems.append("override of \(name) names kind \(kind), which no create makes")
            }
        }
        let inferred = operations.map { fields in
            var (placement, reason) = decided[fields.operation.name] ?? (.unplaced, "")
            if let renamed = overrides.fields[fields.operation.name], case .stateful(var stateful) = placement {
                stateful.renamedFields = renamed
                placement = .stateful(stateful)
                let pairs = renamed.sorted { $0.key < $1.key }.map { "\($0.key) as \($0.value)" }
                reason += "; the override reads \(pairs.joined(separator: ", "))"
            }
            return InferredOperation(name: fields.operation.name, placement: placement, reason: reason)
        }
        for name in overrides.fields.keys.sorted() {
            if !names.contains(name) {
                problems.append("override maps fields of \(name), which the spec does not have")
            } else if inferred.first(where: { $0.name == name })?.placement.stateful == nil {
                problems.append("override maps fields of \(name), which is not placed on a resource")
            }
        }
        return InferredService(
            product: service.product, version: service.version,
            resources: resources.finish(operations: operations, placements: inferred), operations: inferred,
            overrideProblems: problems)
    }

    /// Places an operation that is not a create: by its override, else by its verb and kind.
    private static func placeAccess(
        _ fields: OperationFields, override: OperationOverride?, resources: ResourceTable
    ) -> (Placement, String) {
        let name = OperationName(fields.operation.name)
        switch override {
        case .example?:
            return (.exampleOnly, "the override answers its documented example")
        case .unplaced?:
            return (.unplaced, "the override leaves it unplaced")
        case .stateful(let role, let kind, let identifier, let list)?:
            guard let resource = resources[kind] else {
                return fallback(fields, "the override names kind \(kind), which no create makes")
            }
            let placed = AccessPlacement.place(
                role: role, kind: resource.kind, identifier: identifier ?? resource.identifier, fields: fields,
                list: list.map { $0.split(separator: ".").map(String.init) }, forced: true)
            return settle(placed, fields, prefix: "\(role.rawValue) of \(resource.kind) (override)")
        case nil:
            guard let role = name.role else {
                return fallback(fields, "\(name.verb) is not a resource verb")
            }
            guard let resource = resources[name.kind] else {
                return fallback(fields, "\(name.verb) names kind \(name.kind), which no create makes")
            }
            let placed = AccessPlacement.place(
                role: role, kind: resource.kind, identifier: resource.identifier, fields: fields)
            return settle(placed, fields, prefix: "\(name.verb): \(role.rawValue) of \(resource.kind)")
        }
    }

    private static func settle(
        _ placed: Result<(StatefulPlacement, String), Why>, _ fields: OperationFields, prefix: String
    ) -> (Placement, String) {
        switch placed {
        case .success(let (placement, how)): (.stateful(placement), "\(prefix): \(how)")
        case .failure(let why): fallback(fields, "\(prefix), but \(why.text)")
        }
    }

    /// Example-only when the documentation gives an example answer, else unplaced.
    static func fallback(_ fields: OperationFields, _ why: String) -> (Placement, String) {
        fields.hasExample
            ? (.exampleOnly, "\(why); answers its documented example")
            : (.unplaced, "\(why); and it documents no example")
    }
}
