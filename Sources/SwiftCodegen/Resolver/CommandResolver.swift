import SpecIR

/// Resolves an operation's subcommand from its resolved request: one option per parameter.
///
/// Scalars and documented values are plain options; lists of scalars repeat; an object of scalars,
/// none of them required, becomes one option per member (`--features-nvme-support`); anything else
/// takes JSON (`--tag '[{"Key":"a"}]'`).
struct CommandResolver {
    /// Options every subcommand has already (``GlobalOptions``).
    static let reservedOptions: Set<String> = [
        "endpoint", "region", "profile", "signature-version", "validate", "no-validate", "verbose", "help", "version",
        "pager", "waiter",
    ]

    private var longNames = NameAllocator(reserved: reservedOptions)
    private var properties = NameAllocator(
        reserved: ["global", "run", "request", "validate", "client", "pager", "waiter", Self.bodyDocumentLocal])
    /// The local holding the parsed `--body` document.
    static let bodyDocumentLocal = "bodyDocument"
    private var options: [CommandOption] = []

    static func resolve(_ operation: OperationSpec, request: ResolvedStruct) -> ResolvedCommand {
        var resolver = CommandResolver()
        var document: Int?
        if operation.path != nil, request.members.contains(where: { $0.field.place == .bodyMember }) {
            let field = Field(
                name: "body", type: .object,
                description: "The request's JSON body as one object, its members as the API names them; an "
                    + "option given for a member wins. JSON text, @FILE to read a file, or - for standard input.",
                source: operation.source)
            document = resolver.add(field, path: ["body"], kind: .document, valueType: .json)
        }
        let sources = request.members.map { resolver.source(for: $0, in: request) }
        // Locals must not shadow the options they are built from.
        var locals = NameAllocator(
            reserved: Set(resolver.options.map { SwiftIdentifier.bare($0.property) }).union(
                ["request", "client", bodyDocumentLocal]))
        let arguments = zip(request.members, sources).map { member, source in
            CommandArgument(
                member: member, source: source, local: locals.allocate(member.label + "Value"),
                bodyKey: document != nil && member.field.place == .bodyMember ? member.field.name : nil)
        }
        return ResolvedCommand(
            typeName: "\(operation.name)Command", name: words(operation.name).joined(separator: "-"),
            options: resolver.options, arguments: arguments, bodyDocument: document)
    }

    private mutating func source(for member: ResolvedMember, in request: ResolvedStruct) -> CommandArgument.Source {
        let field = member.field
        switch member.type {
        case let type where type.isScalar:
            return .option(add(field, path: [field.name], kind: .scalar, valueType: type))
        case .list(let element) where element.isScalar && member.coding != .json:
            return .option(add(field, path: [field.name], kind: .list, valueType: element))
        case .structure(let name) where member.coding == .object:
            guard let nested = request.nestedStruct(named: name),
                nested.members.allSatisfy({ $0.type.isScalar && $0.isOptional && !$0.field.required })
            else { break }
            let members = nested.members.map { child in
                CommandArgument.Member(
                    label: child.label,
                    option: add(
                        child.field, path: [field.name, child.field.name], kind: .scalar, valueType: child.type))
            }
            return .object(name, members)
        default:
            break
        }
        return .option(add(field, path: [field.name], kind: .json, valueType: member.type))
    }

    private mutating func add(_ field: Field, path: [String], kind: CommandOption.Kind, valueType: SwiftType) -> Int {
        let long = SwiftIdentifier.bare(longNames.allocate(path.flatMap(Self.words).joined(separator: "-")))
        let property = properties.allocate(SwiftIdentifier.lowerCamel(path.joined(separator: ".")))
        options.append(
            CommandOption(property: property, longName: long, field: field, kind: kind, valueType: valueType))
        return options.count - 1
    }

    static func words(_ name: String) -> [String] {
        let words = SwiftIdentifier.words(name).map { $0.lowercased() }
        return words.isEmpty ? ["value"] : words
    }
}

extension ResolvedStruct {
    /// A struct nested directly in this one.
    func nestedStruct(named name: TypeName) -> ResolvedStruct? {
        for declaration in nested {
            if case .structure(let structure) = declaration, structure.name == name { return structure }
        }
        return nil
    }
}
