import SpecIR

/// Recognises the request parameters that mean something to a client beyond their value, the same way
/// for every input: a top-level `RegionId` string is the region, a `ClientToken` string the idempotency
/// token, a `DryRun` boolean the dry-run switch (names compared without regard to case).
enum FieldRoles {
    static func assign(to service: ServiceSpec) -> ServiceSpec {
        var service = service
        for index in service.operations.indices {
            service.operations[index].parameters = service.operations[index].parameters.map { parameter in
                var parameter = parameter
                parameter.role = role(of: parameter)
                return parameter
            }
        }
        return service
    }

    static func role(of parameter: Field) -> FieldRole? {
        switch (parameter.name.lowercased(), parameter.type) {
        case ("regionid", .string): .region
        case ("clienttoken", .string): .clientToken
        case ("dryrun", .boolean): .dryRun
        default: nil
        }
    }
}
