import SpecIR

/// Translates a resolved service into the files of its SDK module and of its command-line client.
enum ServiceTranslator {
    /// The SDK module's files, laid out as `options.layout` says:
    ///
    /// - `perType`: `<Client>.swift`, and per operation a directory with one file per declaration
    ///   (request, nested types, enums, query coding, validation, response, error, client method);
    /// - `perOperation`: `<Client>.swift` and one `<Operation>.swift` per operation.
    static func files(_ service: ResolvedService, context: inout TranslationContext) -> [FileViewModel] {
        var files = [
            file(
                "\(service.clientName).swift",
                [DeclarationViewModel(template: "client", content: ClientTranslator.client(service, context: context))],
                context: context),
            file(
                "\(service.clientName)+Operations.swift",
                [
                    DeclarationViewModel(
                        template: "client-operations",
                        content: ClientOperationsViewModel(
                            access: context.access, client: service.clientName,
                            operations: service.operations.map {
                                ClientTranslator.method($0, client: service.clientName, access: context.access)
                            }))
                ],
                context: context),
        ]
        for operation in service.operations {
            var placed = StructTranslator.declarations(operation.request, operation: operation.spec, context: &context)
            placed += StructTranslator.declarations(operation.response, operation: operation.spec, context: &context)
            placed.append(
                PlacedDeclaration(
                    stem: operation.errorTypeName,
                    declaration: DeclarationViewModel(
                        template: "operation-error",
                        content: ErrorTranslator.viewModel(operation, access: context.access))))
            placed.append(
                PlacedDeclaration(
                    stem: "\(service.clientName)+\(operation.spec.name)",
                    declaration: DeclarationViewModel(
                        template: "client-method",
                        content: ClientTranslator.method(
                            operation, client: service.clientName, access: context.access))))
            switch context.options.layout {
            case .perType:
                let directory = operation.spec.name
                files += placed.map { file("\(directory)/\($0.stem).swift", [$0.declaration], context: context) }
            case .perOperation:
                files.append(file("\(operation.spec.name).swift", placed.map(\.declaration), context: context))
            }
        }
        return files
    }

    /// The command-line client's files: one subcommand per operation and the root command.
    static func commandFiles(_ service: ResolvedService, commandName: String, context: TranslationContext)
        -> [FileViewModel]
    {
        let imports = [context.options.moduleName, "AliyunCommandSupport", "ArgumentParser"]
        var files = service.operations.map { operation in
            file(
                "\(operation.command.typeName).swift",
                [
                    DeclarationViewModel(
                        template: "command-operation",
                        content: CommandTranslator.operation(operation, client: service.clientName))
                ],
                imports: imports, context: context)
        }
        files.append(
            file(
                "\(service.commandRootTypeName).swift",
                [
                    DeclarationViewModel(
                        template: "command-root", content: CommandTranslator.root(service, commandName: commandName))
                ],
                imports: ["ArgumentParser"], context: context))
        return files
    }

    private static func file(
        _ path: String, _ declarations: [DeclarationViewModel], imports: [String] = ["AliyunRuntime"],
        context: TranslationContext
    ) -> FileViewModel {
        FileViewModel(
            path: path, template: "file",
            context: SourceFileViewModel(
                header: context.header, imports: Set(imports).sorted(), declarations: declarations))
    }
}
