import SpecIR

/// The module-level names of a service's shared types (`components.schemas`), decided once.
///
/// Each component that is an object with properties becomes one top-level struct, named after its key
/// in upper camel case, never one of the names operations take (`…Request`, `…Response`, `…Error`),
/// the client's, a name the runtime or the standard library exports (``moduleReservedNames``). Any other
/// component (a list, a scalar, an object without properties) is not a type of its own: a reference to
/// it takes the component's type in place (`[String]`, an open enum, `JSONValue`). A reference that would make a struct contain itself without a list in between
/// (`Table` holds a `TableVersion` that holds a `Table`) cannot be a Swift value type: of each such
/// cycle, the references that point back in source order (`TableVersion.table`) are typed as any JSON
/// value (``SwiftType/json``); the others keep their types.
struct SharedTypeNames: Sendable {
    /// Component name → Swift type name.
    var names: [String: TypeName] = [:]
    /// Component name → the component (the first definition of a repeated name).
    var components: [String: Field] = [:]

    /// A component that is not a struct (a list, a scalar, an object without properties): a reference to
    /// one takes the component's own type in place.
    func inline(_ name: String) -> Field? {
        names[name] == nil ? components[name] : nil
    }

    /// The references typed as JSON to break cycles, in a stable order (for warnings).
    var sortedCyclicReferences: [Reference] {
        cyclicReferences.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }
    /// Direct references (`from` holds `to`, no list between) that close a cycle.
    var cyclicReferences: Set<Reference> = []

    struct Reference: Sendable, Hashable {
        var from: String
        var to: String
    }

    /// Names a module-level type must not take: it would shadow them for every file of the module and
    /// every importer (`Task`, `Result`), or break what the generated code and the runtime use.
    static let moduleReservedNames: Set<String> = [
        "Task", "Result", "Data", "Date", "URL", "UUID", "Duration", "Set", "Dictionary", "Character", "Never",
        "Any", "AnyObject", "Void", "Clock", "ContinuousClock", "AsyncSequence", "Waiter", "WaiterOptions",
        "WaiterTimeoutError", "TokenPages", "NumberedPages", "PageItems", "PaginationError", "ROARequestEncoder",
        "ROARequestEncodable", "ROAPathError", "RequestContent", "OperationInvoker", "OperationDescriptor",
        "ClientToken", "RPCCaller", "RPCCall", "RPCReply", "RPCClient", "RPCClientConfiguration", "RPCQueryItem",
        "RPCQueryValue", "RPCQueryEncodable", "RPCQueryDecodable", "ServiceEndpoint", "Credentials",
        "CredentialsProvider", "StaticCredentialsProvider", "DefaultCredentialsChain", "HTTPTransport",
        "AsyncHTTPClientTransport", "Sleeper", "TaskSleeper", "RetryPolicy", "Timeouts", "OperationError",
        "DocumentedOperationError", "DryRunSucceeded", "ResponseDecodingError", "DecodingIssues", "JSONText",
        "SignatureVersion", "APIStyle", "ExampleResponse",
    ]

    /// Every Swift name the shared types take, which nested types must not shadow.
    var reserved: Set<String> { Set(names.values.map(\.name)) }

    static func allocate(_ service: ServiceSpec, clientName: String) -> SharedTypeNames {
        var taken = StructResolver.reservedTypeNames.union(moduleReservedNames).union([
            clientName, ServiceResolver.commonErrorsName(ofClient: clientName),
        ])
        for operation in service.operations {
            // Not the operation's own name: a shared type of that name (OSS's `CompleteMultipartUpload`, the
            // document the operation sends) keeps it, and its file is named apart (`ServiceTranslator`).
            for suffix in ["Request", "Response", "Error", "Command"] { taken.insert(operation.name + suffix) }
        }
        var allocator = NameAllocator(reserved: taken)
        var result = SharedTypeNames()
        for shared in service.sharedTypes where result.components[shared.name] == nil {
            result.components[shared.name] = shared
            guard shared.type == .object, !shared.children.isEmpty else { continue }
            result.names[shared.name] = TypeName(name: allocator.allocate(SwiftIdentifier.upperCamel(shared.name)))
        }
        result.cyclicReferences = cyclicReferences(service.sharedTypes)
        return result
    }

    private static func cyclicReferences(_ types: [Field]) -> Set<Reference> {
        var direct: [String: Set<String>] = [:]
        var order: [String: Int] = [:]
        for (index, type) in types.enumerated() {
            direct[type.name, default: []].formUnion(directReferences(type.children))
            if order[type.name] == nil { order[type.name] = index }
        }
        // Every cycle has an edge that does not go forward in source order; breaking exactly those
        // breaks every cycle and keeps the other references typed.
        var cyclic: Set<Reference> = []
        for (from, targets) in direct {
            for to in targets where (order[to] ?? 0) <= (order[from] ?? 0) && reaches(from, start: to, direct: direct) {
                cyclic.insert(Reference(from: from, to: to))
            }
        }
        return cyclic
    }

    /// The components `fields` hold directly: as members or members' members, not as list elements.
    private static func directReferences(_ fields: [Field]) -> Set<String> {
        var found: Set<String> = []
        var pending = fields
        while let field = pending.popLast() {
            if let reference = field.reference { found.insert(reference) }
            pending += field.children
        }
        return found
    }

    private static func reaches(_ target: String, start: String, direct: [String: Set<String>]) -> Bool {
        var seen: Set<String> = [start]
        var pending = [start]
        while let name = pending.popLast() {
            if name == target { return true }
            for next in direct[name] ?? [] where seen.insert(next).inserted { pending.append(next) }
        }
        return false
    }
}
