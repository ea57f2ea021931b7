import SpecIR
import SpecReaders

/// Decides, once, every name, Swift type and optionality of a service's generated code.
///
/// Translators read the ``ResolvedService`` and never name anything themselves, so the SDK, its
/// validation and query coding, and the command-line client always agree.
enum ServiceResolver {
    static func resolve(_ service: ServiceSpec, options: GenerationOptions, commandName: String?) -> ResolvedService {
        let client = options.clientName ?? defaultClientName(for: service)
        // Operations are independent: resolved on every core, kept in source order.
        let shared = SharedTypeNames.allocate(service, clientName: client)
        let commonErrors = CommonErrorResolver.resolve(
            service.operations, protocolName: commonErrorsName(ofClient: client))
        let operations = service.operations.concurrentMap {
            OperationResolver.resolve(
                $0, style: service.style, shared: shared, commonErrors: commonErrors,
                retryOverrides: options.retryOverrides)
        }
        var resolved = ResolvedService(
            spec: service, clientName: client, operations: operations,
            operationGroups: OperationGroupResolver.groups(operations),
            commandRootTypeName: rootCommandTypeName(commandName ?? "", operations: service.operations))
        resolved.sharedNames = shared
        resolved.commonErrors = commonErrors
        var seen: Set<String> = []
        for type in service.sharedTypes where seen.insert(type.name).inserted {
            guard let name = shared.names[type.name] else { continue }
            resolved.sharedTypes.append(
                StructResolver.resolve(
                    name, role: .shared, field: type, fields: type.children,
                    scope: StructResolver.Scope(shared: shared, owner: type.name)))
        }
        return resolved
    }

    /// What names derived from a client's start with: `ECS` for `ECSClient`; a name not ending in `Client`
    /// is its own prefix.
    static func prefix(ofClient name: String) -> String {
        name.hasSuffix("Client") ? String(name.dropLast("Client".count)) : name
    }

    /// The protocol of the error rows every operation documents: `OSSCommonErrors` for `OSSClient`.
    static func commonErrorsName(ofClient name: String) -> String {
        prefix(ofClient: name) + "CommonErrors"
    }

    /// `ECSClient` for `Ecs`: short product codes are acronyms.
    static func defaultClientName(for service: ServiceSpec) -> String {
        let product = SwiftIdentifier.bare(SwiftIdentifier.upperCamel(service.product))
        return (product.count <= 4 ? product.uppercased() : product) + "Client"
    }

    /// The root command's type must not take an operation command's name, in any case: `tst` and an
    /// operation `Tst` would both be `TstCommand.swift` on a case-insensitive file system.
    private static func rootCommandTypeName(_ commandName: String, operations: [OperationSpec]) -> String {
        let taken = Set(operations.map { "\($0.name)Command".lowercased() } + ["globaloptions"])
        let base = SwiftIdentifier.bare(SwiftIdentifier.upperCamel(commandName))
        var root = base + "Command"
        var counter = 1
        while taken.contains(root.lowercased()) {
            counter += 1
            root = "\(base)Root\(counter == 2 ? "" : String(counter))Command"
        }
        return root
    }
}

/// Resolves one operation: its request and response types, error codes and command.
enum OperationResolver {
    static func resolve(
        _ operation: OperationSpec, style: ServiceStyle = .rpc, shared: SharedTypeNames,
        commonErrors: ResolvedCommonErrors? = nil, retryOverrides: RetryOverrides = RetryOverrides()
    ) -> ResolvedOperation {
        let scope = StructResolver.Scope(shared: shared)
        // A raw body (an object's bytes, an image to recognise) goes beside the request rather than in it.
        let rawBody = operation.parameters.first { $0.place == .payload && $0.type == .binary }
        let request = StructResolver.resolve(
            TypeName(name: "\(operation.name)Request"), role: .request, field: nil,
            fields: operation.parameters.filter { $0 != rawBody }, scope: scope)
        let response = StructResolver.resolve(
            TypeName(name: "\(operation.name)Response"), role: .response, field: nil,
            fields: responseFields(operation, shared: shared), scope: scope)
        var resolved = ResolvedOperation(
            spec: operation, methodName: SwiftIdentifier.lowerCamel(operation.name), request: request,
            response: response, errorTypeName: "\(operation.name)Error",
            errorCodes: errorCodes(operation, common: commonErrors),
            command: CommandResolver.resolve(operation, request: request),
            retrySafety: RetrySafety.of(operation, style: style, request: request, overrides: retryOverrides),
            signing: RequestSigning.of(operation))
        resolved.style = style
        resolved.commonErrors = commonErrors
        resolved.rawBody = rawBody
        resolved.pagination = Pagination.of(request: request, response: response)
        resolved.statusWaiter = StatusWaiter.of(resolved)
        return resolved
    }

    /// The answer's fields; an answer that is a shared type has that type's members (and the answer's headers).
    private static func responseFields(_ operation: OperationSpec, shared: SharedTypeNames) -> [Field] {
        guard let reference = operation.response.reference else { return operation.response.fields }
        guard let component = shared.components[reference] else { return operation.response.fields }
        return (component.type == .object ? component.children : [component.asWholeBody]) + operation.response.fields
    }

    /// The constants of the operation's own codes: not those the common errors declare, whose names they
    /// cannot take either.
    private static func errorCodes(_ operation: OperationSpec, common: ResolvedCommonErrors?) -> [ResolvedErrorCode] {
        var names = NameAllocator(
            reserved: CommonErrorResolver.reservedCodeNames.union(common?.codes.map(\.memberName) ?? []))
        var seen = Set(common?.codes.map(\.code) ?? [])
        var codes: [ResolvedErrorCode] = []
        for error in operation.errors where seen.insert(error.code).inserted {
            codes.append(
                ResolvedErrorCode(code: error.code, memberName: names.allocate(SwiftIdentifier.lowerCamel(error.code))))
        }
        return codes
    }
}
