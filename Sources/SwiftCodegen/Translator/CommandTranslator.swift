import SpecIR
import SwiftSourceText

/// Translates a resolved service into a command-line client: one subcommand per operation, one option
/// per parameter, named and typed as ``CommandResolver`` decided.
enum CommandTranslator {
    static func root(_ service: ResolvedService, commandName: String) -> CommandRootViewModel {
        CommandRootViewModel(
            commandNameLiteral: SwiftLiteral.string(commandName), typeName: service.commandRootTypeName,
            abstractLiteral: SwiftLiteral.string(
                "Call \(service.spec.product) API \(service.spec.version) from the command line."),
            subcommands: ListLiteralViewModel(
                service.operations.map { "\($0.command.typeName).self" }, indent: "        ",
                declaration: "        subcommands: "))
    }

    static func operation(_ operation: ResolvedOperation, client: String) -> CommandOperationViewModel {
        let command = operation.command
        let options = command.options.map(option)
        var arguments = command.arguments.map { argument($0, options: command.options) }
        for (index, resolved) in command.arguments.enumerated() {
            arguments[index].memberType = resolved.member.type.qualifiedSpelling
            arguments[index].bodyKeyLiteral = resolved.bodyKey.map(SwiftLiteral.string)
        }
        let spec = operation.spec
        var discussion = spec.summary ?? ""
        if let title = spec.title { discussion = title + (discussion.isEmpty ? "" : "\n\n" + discussion) }
        let region = command.arguments.first { $0.member.field.role == .region }
        var model = CommandOperationViewModel(
            typeName: command.typeName, commandNameLiteral: SwiftLiteral.string(command.name),
            abstractLiteral: SwiftLiteral.string("Call \(spec.name)."),
            discussionLiteral: SwiftLiteral.wrappedString(discussion, width: 80, indent: "            "),
            client: client, method: operation.methodName, request: operation.request.name.qualified,
            operationLiteral: SwiftLiteral.string(spec.name), options: options, arguments: arguments,
            regionLocal: region.map(\.local),
            bodyDocument: command.bodyDocument.map { index in
                CommandOperationViewModel.BodyDocument(
                    local: CommandResolver.bodyDocumentLocal, option: command.options[index].property,
                    longNameLiteral: SwiftLiteral.string("--" + command.options[index].longName))
            },
            pager: operation.pagination.map { pagination in
                var token = "nil"
                if case .token(_, let response, _) = pagination { token = SwiftLiteral.string(response.field.name) }
                return CommandOperationViewModel.Pager(
                    pagesMethod: operation.pagesMethodName,
                    listPathLiteral: "["
                        + (pagination.items?.wirePath ?? []).map(SwiftLiteral.string).joined(separator: ", ")
                        + "]",
                    tokenKeyLiteral: token)
            })
        if case .readOnly = operation.retrySafety { model.hasWaiter = true }
        return model
    }

    private static func option(_ option: CommandOption) -> CommandOperationViewModel.Option {
        let field = option.field
        var abstract = DocComment.lines(field.description, width: 10_000).first ?? ""
        if option.kind == .json || option.kind == .document { abstract = "(JSON) " + abstract }
        var discussion: [String] = []
        for value in field.allowedValues {
            discussion.append(value.description.isEmpty ? "\(value.value)" : "\(value.value): \(value.description)")
        }
        if let example = field.example { discussion.append("Example: \(example)") }
        if field.required { discussion.append("Required.") }
        let indent = "                "
        return CommandOperationViewModel.Option(
            property: option.property,
            type: [.json, .document].contains(option.kind) ? "String" : option.parsedType.qualifiedSpelling,
            isList: option.kind == .list, longNameLiteral: SwiftLiteral.string(option.longName),
            abstractLiteral: SwiftLiteral.wrappedString(abstract, width: 80, indent: "            "),
            discussionLiteral: SwiftLiteral.wrappedString(discussion.joined(separator: "\n"), width: 80, indent: indent)
        )
    }

    private static func argument(_ argument: CommandArgument, options: [CommandOption])
        -> CommandOperationViewModel.Argument
    {
        let member = argument.member
        typealias Source = CommandOperationViewModel.Source
        let source: Source
        let given: [String]
        switch argument.source {
        case .option(let index):
            let option = options[index]
            given = ["--" + option.longName]
            source = Source(
                option: option.property, isScalar: option.kind == .scalar, isList: option.kind == .list,
                isJSON: option.kind == .json, isOpenEnum: option.valueType.isOpenEnum,
                type: option.kind == .json ? member.type.qualifiedSpelling : option.valueType.qualifiedSpelling,
                longNameLiteral: SwiftLiteral.string("--" + option.longName),
                members: [], isObject: false)
        case .object(let name, let members):
            given = members.map { "--" + options[$0.option].longName }
            source = Source(
                option: "", isScalar: false, isList: false, isJSON: false, isOpenEnum: false, type: name.qualified,
                longNameLiteral: "",
                members: members.map { member in
                    let option = options[member.option]
                    return CommandOperationViewModel.ObjectMember(
                        label: member.label, option: option.property, isOpenEnum: option.valueType.isOpenEnum)
                },
                isObject: true)
        }
        let required = member.field.constraints.first { $0.rule == .required }
        return CommandOperationViewModel.Argument(
            label: member.label, local: argument.local, source: source, isRequired: !member.isOptional,
            wireLiteral: SwiftLiteral.string(member.field.name),
            optionsLiteral: SwiftLiteral.string(
                given.count == 1 ? given[0] : "one of " + given.joined(separator: ", ")),
            errorCodeLiteral: required?.errorCode.code.map(SwiftLiteral.string) ?? "nil")
    }
}
