import SpecIR
import SwiftSourceText

/// Translates a service into a command-line client: one subcommand per operation, one option per
/// parameter. Scalars and documented values are plain options (the values and their documentation in
/// `--help`); lists of scalars repeat; an object of scalars becomes one option per member
/// (`--features-nvme-support`); anything deeper takes JSON (`--tags '[{"Key":"a"}]'`).
enum CommandTranslator {
    static let reservedOptions: Set<String> = [
        "endpoint", "region", "profile", "signature-version", "validate", "no-validate", "verbose", "help", "version",
    ]

    static func files(
        _ service: ServiceSpec, client: String, commandName: String, module: String, header: HeaderViewModel
    )
        -> [FileViewModel]
    {
        // The root command's type (and file) must not take an operation command's name, in any case:
        // `tst` and an operation `Tst` would both be TstCommand.swift on a case-insensitive file system.
        let taken = Set(service.operations.map { "\($0.name)Command".lowercased() } + ["globaloptions"])
        let base = SwiftIdentifier.bare(SwiftIdentifier.upperCamel(commandName))
        var root = base + "Command"
        var counter = 1
        while taken.contains(root.lowercased()) {
            counter += 1
            root = "\(base)Root\(counter == 2 ? "" : String(counter))Command"
        }
        var files: [FileViewModel] = []
        var subcommands: [String] = []
        for operation in service.operations {
            let model = operationModel(operation, client: client, module: module, header: header)
            subcommands.append(model.typeName)
            files.append(FileViewModel(path: "\(model.typeName).swift", template: "command-operation", context: model))
        }
        let rootModel = CommandRootViewModel(
            header: header, imports: imports(module), commandNameLiteral: SwiftLiteral.string(commandName),
            typeName: root,
            module: module,
            client: client,
            productLiteral: SwiftLiteral.string(service.product),
            abstractLiteral: SwiftLiteral.string(
                "Call \(service.product) API \(service.version) from the command line."),
            subcommandsLiteral: EnumTranslator.listLiteral(
                subcommands.map { "\($0).self" }, indent: "        ", declaration: "subcommands: "))
        files.append(FileViewModel(path: "\(root).swift", template: "command-root", context: rootModel))
        return files
    }

    static func operationModel(
        _ operation: OperationSpec, client: String, module: String, header: HeaderViewModel
    ) -> CommandOperationViewModel {
        var longNames = NameAllocator(reserved: reservedOptions)
        var properties = NameAllocator(reserved: ["global", "run", "request", "validate"])
        var options: [CommandOperationViewModel.Option] = []
        var arguments: [CommandOperationViewModel.Argument] = []
        var regionFallback = "nil"
        var statements: [String] = []
        let request = "\(operation.name)Request"
        var requestTypes = NestedTypeNames(owner: request)
        var requestNames = NameAllocator(reserved: StructTranslator.reservedPropertyNames)
        for field in operation.parameters {
            let requestProperty = requestNames.allocate(SwiftIdentifier.lowerCamel(field.name))
            let label = SwiftIdentifier.bare(requestProperty)
            let typeName = requestTypeName(field, typeNames: &requestTypes)
            let expression: String
            switch shape(field) {
            case .scalar(let swiftType):
                let option = option(
                    field, path: [field.name], swiftType: swiftType, longNames: &longNames, properties: &properties)
                options.append(option)
                expression = convert(option.property, field: field)
                if field.name == "RegionId" { regionFallback = option.property }
            case .list(let swiftType):
                let option = option(
                    field, path: [field.name], swiftType: swiftType, longNames: &longNames, properties: &properties,
                    list: true)
                options.append(option)
                let element = field.item.map { $0.value.type == .string && !$0.value.allowedValues.isEmpty } ?? false
                let converted = element ? "\(option.property).map { .init(rawValue: $0) }" : option.property
                expression = "\(option.property).isEmpty ? nil : \(converted)"
            case .flatObject:
                var memberArguments: [String] = []
                var present: [String] = []
                var memberNames = NameAllocator(reserved: StructTranslator.reservedPropertyNames)
                for child in field.children {
                    let childLabel = SwiftIdentifier.bare(memberNames.allocate(SwiftIdentifier.lowerCamel(child.name)))
                    guard case .scalar(let swiftType) = shape(child) else { continue }
                    let option = option(
                        child, path: [field.name, child.name], swiftType: swiftType, longNames: &longNames,
                        properties: &properties)
                    options.append(option)
                    memberArguments.append("\(childLabel): \(convert(option.property, field: child))")
                    present.append("\(option.property) != nil")
                }
                let local = "\(label)Value"
                statements.append("var \(local): \(request).\(typeName ?? "")?")
                statements.append("if \(present.joined(separator: " || ")) {")
                statements.append("    \(local) = \(request).\(typeName ?? "")(")
                for (index, argument) in memberArguments.enumerated() {
                    statements.append("        \(argument)" + (index == memberArguments.count - 1 ? ")" : ","))
                }
                statements.append("}")
                expression = local
            case .json:
                let option = option(
                    field, path: [field.name], swiftType: "String", longNames: &longNames, properties: &properties,
                    json: true)
                options.append(option)
                let swiftType = jsonType(field, request: request, typeName: typeName)
                expression =
                    "try \(option.property).map { try JSONArgument.decode(\(swiftType).self, from: $0, option: \(SwiftLiteral.string(option.longName))) }"
            }
            let required = field.required
            arguments.append(
                CommandOperationViewModel.Argument(
                    label: label, expression: required ? requiredExpression(expression, field: field) : expression,
                    isLast: false, isRequired: required))
        }
        // The initialiser takes required parameters first.
        arguments = arguments.filter(\.isRequired) + arguments.filter { !$0.isRequired }
        if !arguments.isEmpty { arguments[arguments.count - 1].isLast = true }
        let kebab = words(operation.name).joined(separator: "-")
        var discussion = operation.summary ?? ""
        if let title = operation.title { discussion = title + (discussion.isEmpty ? "" : "\n\n" + discussion) }
        return CommandOperationViewModel(
            header: header, imports: imports(module), module: module, typeName: "\(operation.name)Command",
            commandNameLiteral: SwiftLiteral.string(kebab),
            abstractLiteral: SwiftLiteral.string("Call \(operation.name)."),
            discussionLiteral: SwiftLiteral.wrappedString(discussion, width: 80, indent: "            "),
            client: client,
            method: SwiftIdentifier.lowerCamel(operation.name), request: request, error: "\(operation.name)Error",
            options: options, arguments: arguments, hasArguments: !arguments.isEmpty, regionFallback: regionFallback,
            statements: statements)
    }

    enum Shape {
        case scalar(String)
        case list(String)
        case flatObject
        case json
    }

    static func shape(_ field: Field) -> Shape {
        switch field.type {
        case .object where field.children.isEmpty:
            return .scalar("String")
        case .object:
            // A member the nested type requires would need a non-optional option: such objects go as JSON.
            let flat =
                field.style != .json && !field.children.contains(where: \.required)
                && field.children.allSatisfy {
                    if case .scalar = shape($0) { return $0.type != .object }
                    return false
                }
            return flat ? .flatObject : .json
        case .array:
            guard field.style != .json, let item = field.item?.value, item.type != .object, item.type != .array else {
                return .json
            }
            return .list(item.type == .string ? "String" : ScalarType.name(item.type))
        case .string:
            return .scalar("String")
        default:
            return .scalar(ScalarType.name(field.type))
        }
    }

    /// The name of the nested type the request uses for a field, allocated in the same order and from the
    /// same wire names as ``StructTranslator`` does.
    static func requestTypeName(_ field: Field, typeNames: inout NestedTypeNames) -> String? {
        switch field.type {
        case .object where !field.children.isEmpty:
            return typeNames.allocate(forWireName: field.name)
        case .array:
            guard let item = field.item?.value else { return nil }
            if item.type == .object, !item.children.isEmpty { return typeNames.allocate(forWireName: field.name) }
            if item.type == .string, !item.allowedValues.isEmpty {
                return typeNames.allocate(forWireName: NestedTypeNames.elementName(item, of: field))
            }
            return nil
        case .string where !field.allowedValues.isEmpty:
            return typeNames.allocate(forWireName: field.name)
        default:
            return nil
        }
    }

    private static func jsonType(_ field: Field, request: String, typeName: String?) -> String {
        if field.type == .array {
            if let typeName { return "[\(request).\(typeName)]" }
            return "[\(ScalarType.name(field.item?.value.type ?? .string))]"
        }
        return "\(request).\(typeName ?? "")"
    }

    /// An option's value as the request wants it: open enums are built from their raw value.
    private static func convert(_ property: String, field: Field) -> String {
        field.type == .string && !field.allowedValues.isEmpty ? "\(property).map { .init(rawValue: $0) }" : property
    }

    /// A required parameter the user left out becomes an empty value, so that validation reports it
    /// with every other violation (or, with --no-validate, the server does).
    private static func requiredExpression(_ expression: String, field: Field) -> String {
        let operand = expression.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? expression : "(\(expression))"
        switch field.type {
        case .string: return "\(operand) ?? \"\""
        case .array: return "\(operand) ?? []"
        case .boolean: return "\(operand) ?? false"
        case .integer, .long, .float, .double: return "\(operand) ?? 0"
        default: return expression
        }
    }

    private static func option(
        _ field: Field, path: [String], swiftType: String, longNames: inout NameAllocator,
        properties: inout NameAllocator,
        list: Bool = false, json: Bool = false
    ) -> CommandOperationViewModel.Option {
        let long = SwiftIdentifier.bare(longNames.allocate(path.flatMap(words).joined(separator: "-")))
        let property = properties.allocate(SwiftIdentifier.lowerCamel(path.joined(separator: ".")))
        var abstract = DocComment.lines(field.description, width: 10_000).first ?? ""
        if json { abstract = "(JSON) " + abstract }
        var discussion: [String] = []
        for value in field.allowedValues {
            discussion.append(value.description.isEmpty ? "\(value.value)" : "\(value.value): \(value.description)")
        }
        if let example = field.example { discussion.append("Example: \(example)") }
        if field.required { discussion.append("Required.") }
        let indent = "            "
        let lines = [
            "    @Option(",
            "        name: .customLong(\(SwiftLiteral.string(long)))," + (list ? " parsing: .singleValue," : ""),
            "        help: ArgumentHelp(",
            indent + SwiftLiteral.wrappedString(abstract, width: 80, indent: indent + "    ") + ",",
            indent + "discussion: "
                + SwiftLiteral.wrappedString(discussion.joined(separator: "\n"), width: 80, indent: indent + "    ")
                + "))",
        ]
        return CommandOperationViewModel.Option(
            property: property, type: list ? "[\(swiftType)]" : "\(swiftType)?", longName: "--" + long,
            attributeLines: lines, isList: list)
    }

    /// The generated module, the command support library and ArgumentParser, sorted.
    static func imports(_ module: String) -> [String] {
        Set([module, "AliyunCommandSupport", "ArgumentParser"]).sorted().map { "import \($0)" }
    }

    static func words(_ name: String) -> [String] {
        let words = SwiftIdentifier.words(name).map { $0.lowercased() }
        return words.isEmpty ? ["value"] : words
    }
}
