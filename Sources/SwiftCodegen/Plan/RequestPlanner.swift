import SpecIR

/// Plans the requests of a service from the same resolution the generator renders from (``ServiceResolver``):
/// names, Swift types, optionality and query coding are decided there, checks by ``MemberCheckPlanner``.
public enum RequestPlanner {
    /// The plan of every operation of a service.
    ///
    /// - Parameter service: The product version read from its spec.
    /// - Returns: Each operation's request, and the objects the requests hold.
    public static func plan(_ service: ServiceSpec) -> ServicePlan {
        let resolved = ServiceResolver.resolve(
            service, options: GenerationOptions(moduleName: Generator.defaultModuleName(for: service)),
            commandName: nil)
        var structures: [String: ResolvedStruct] = [:]
        func collect(_ structure: ResolvedStruct) {
            structures[structure.name.qualified] = structure
            for case .structure(let nested) in structure.nested { collect(nested) }
        }
        resolved.sharedTypes.forEach(collect)
        resolved.operations.forEach { collect($0.request) }
        var operations: [String: OperationPlan] = [:]
        for operation in resolved.operations where operations[operation.spec.name] == nil {
            operations[operation.spec.name] = OperationPlan(
                name: operation.spec.name, members: members(operation.request))
        }
        return ServicePlan(
            product: service.product, version: service.version, operations: operations,
            structures: structures.mapValues(members))
    }

    private static func members(_ structure: ResolvedStruct) -> [PlannedMember] {
        zip(structure.members, StructTranslator.jsonKeys(structure.members)).map(member)
    }

    private static func member(_ member: ResolvedMember, jsonKey: String) -> PlannedMember {
        let checks = MemberCheckPlanner.plan(member)
        return PlannedMember(
            wireName: member.field.name, jsonKey: jsonKey, place: member.field.place, coding: member.coding ?? .scalar,
            value: value(member.type), isOptional: member.isOptional, checks: checks.checks,
            elementChecks: checks.elementChecks, sample: sample(of: member.field))
    }

    private static func sample(of field: Field) -> String? {
        let item = field.item?.value
        let candidates = [
            field.example, field.defaultValue, field.allowedValues.first?.value, item?.example,
            item?.allowedValues.first?.value,
        ]
        return candidates.compactMap { $0 }.first { !$0.isEmpty }
    }

    private static func value(_ type: SwiftType) -> PlannedValue {
        switch type {
        case .string: .string
        case .int: .integer
        case .int64: .int64
        case .bool: .boolean
        case .double: .double
        case .json: .json
        case .openEnum: .openEnum
        case .structure(let name): .structure(name.qualified)
        case .list(let element): .list(value(element))
        case .map(let element): .map(value(element))
        }
    }
}
