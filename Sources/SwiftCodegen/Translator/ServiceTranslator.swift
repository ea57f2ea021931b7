import SpecIR
import SpecReaders

/// Translates a resolved service into the files of its SDK module and of its command-line client.
enum ServiceTranslator {
    /// The SDK module's files, laid out as `options.layout` says:
    ///
    /// - `perType`: `<Client>.swift`, and per operation a directory with one file per declaration
    ///   (request, nested types, enums, query coding, validation, response, error, client method);
    /// - `perOperation`: `<Client>.swift` and one `<Operation>.swift` per operation;
    /// - `fixed`: `FixedLayout.fileNames`, the same for every spec (the build-tool plugin's layout).
    ///
    /// Unless the layout is `fixed`, the module's DocC catalog comes too (``DocumentationTranslator``).
    static func files(_ service: ResolvedService, context: inout TranslationContext) -> [FileViewModel] {
        context.style = service.spec.style
        let client = DeclarationViewModel(
            template: service.spec.style == .oss ? "client-oss" : "client",
            content: ClientTranslator.client(service, context: context))
        let catalogue = DeclarationViewModel(
            template: "client-operations",
            content: ClientOperationsViewModel(
                access: context.access, client: service.clientName,
                operations: service.operations.map(ClientTranslator.catalogueEntry)))
        // The error rows every operation documents, declared once (``CommonErrorResolver``).
        let commonErrors = service.commonErrors.map {
            DeclarationViewModel(
                template: "common-errors",
                content: ErrorTranslator.common($0, service: service.spec, access: context.access))
        }
        var files: [FileViewModel]
        if context.options.layout == .fixed {
            files = [
                file(
                    FixedLayout.clientFileName, [client, catalogue] + (commonErrors.map { [$0] } ?? []),
                    imports: moduleImports(context), exports: reexports(context), context: context)
            ]
        } else {
            files = [
                file(
                    "\(service.clientName).swift", [client], imports: moduleImports(context),
                    exports: reexports(context), context: context),
                file(
                    "\(service.clientName)+Operations.swift", [catalogue], imports: moduleImports(context),
                    context: context),
            ]
            if let commonErrors, let name = service.commonErrors?.protocolName {
                files.append(file("\(name).swift", [commonErrors], imports: moduleImports(context), context: context))
            }
        }
        // Operations are translated on every core, each with a context of its own; files and warnings are
        // merged in source order, so the output does not depend on scheduling.
        let base = context
        let translated = service.operations.concurrentMap { operation in
            var local = base.withoutDiagnostics()
            let placed = declarations(operation, client: service.clientName, context: &local)
            return (placed, local.diagnostics)
        }
        for (_, diagnostics) in translated {
            for diagnostic in diagnostics { context.warn(diagnostic.message, at: diagnostic.location) }
        }
        for reference in service.sharedNames.sortedCyclicReferences {
            let source = service.spec.sharedTypes.first { $0.name == reference.from }?.source
            context.warn(
                "shared type \(reference.from) holds \(reference.to), which leads back to \(reference.from): a Swift value "
                    + "type cannot contain itself, so that member is typed as any JSON value",
                at: source ?? SourceLocation(file: "", line: 0))
        }
        RetryWarnings.report(service.operations, into: &context)
        // Shared types: one struct each, its declarations grouped under `Shared/` like an operation's.
        let shared = service.sharedTypes.map { type -> (name: String, placed: [PlacedDeclaration]) in
            let owner = OperationSpec(
                name: type.name.name, source: type.field?.source ?? SourceLocation(file: "", line: 0))
            return (type.name.name, StructTranslator.declarations(type, operation: owner, context: &context))
        }
        switch context.options.layout {
        case .perType:
            for (operation, (placed, _)) in zip(service.operations, translated) {
                let directory = operation.spec.name
                files += placed.map {
                    file(
                        "\(directory)/\($0.stem).swift", [$0.declaration], imports: moduleImports(context),
                        context: context)
                }
            }
            for (_, placed) in shared {
                files += placed.map {
                    file(
                        "Shared/\($0.stem).swift", [$0.declaration], imports: moduleImports(context), context: context)
                }
            }
        case .perOperation:
            for (operation, (placed, _)) in zip(service.operations, translated) {
                files.append(
                    file(
                        "\(operation.spec.name).swift", placed.map(\.declaration), imports: moduleImports(context),
                        context: context))
            }
            // File names are unique in a module: a shared type named as an operation takes a file of its own name.
            let operationNames = Set(service.operations.map(\.spec.name))
            for (name, placed) in shared {
                files.append(
                    file(
                        "Shared/\(name)\(operationNames.contains(name) ? "+Shared" : "").swift",
                        placed.map(\.declaration),
                        imports: moduleImports(context), context: context))
            }
        case .fixed:
            // Every shard is written, empty or not, so the set of files never depends on the spec.
            var shards = [[DeclarationViewModel]](repeating: [], count: FixedLayout.shardCount)
            for (operation, (placed, _)) in zip(service.operations, translated) {
                shards[FixedLayout.shard(ofOperation: operation.spec.name)] += placed.map(\.declaration)
            }
            for (name, placed) in shared {
                shards[FixedLayout.shard(ofOperation: name)] += placed.map(\.declaration)
            }
            for (index, declarations) in shards.enumerated() {
                files.append(
                    file(
                        FixedLayout.shardFileName(index), declarations, imports: moduleImports(context),
                        context: context))
            }
        }
        if context.options.documentationCatalog {
            files.append(DocumentationTranslator.catalog(service, context: context))
        }
        return files
    }

    /// An operation's declarations in file order: request and its types, response and its types, error,
    /// client method.
    private static func declarations(
        _ operation: ResolvedOperation, client: String, context: inout TranslationContext
    ) -> [PlacedDeclaration] {
        var placed = StructTranslator.declarations(operation.request, operation: operation.spec, context: &context)
        placed += StructTranslator.declarations(operation.response, operation: operation.spec, context: &context)
        placed.append(
            PlacedDeclaration(
                stem: operation.errorTypeName,
                declaration: DeclarationViewModel(
                    template: "operation-error", content: ErrorTranslator.viewModel(operation, access: context.access))
            ))
        placed.append(
            PlacedDeclaration(
                stem: "\(client)+\(operation.spec.name)",
                declaration: operation.isOSS
                    ? DeclarationViewModel(
                        template: "client-method-oss",
                        content: ClientTranslator.ossMethod(operation, client: client, access: context.access))
                    : DeclarationViewModel(
                        template: "client-method",
                        content: ClientTranslator.method(operation, client: client, access: context.access))))
        if let pagination = PaginationTranslator.viewModel(operation, client: client, access: context.access) {
            placed.append(
                PlacedDeclaration(
                    stem: "\(client)+\(operation.spec.name)Pages",
                    declaration: DeclarationViewModel(template: "client-pagination", content: pagination)))
        }
        if let waiter = WaiterTranslator.viewModel(operation, client: client, access: context.access) {
            placed.append(
                PlacedDeclaration(
                    stem: "\(client)+\(operation.spec.name)Waiter",
                    declaration: DeclarationViewModel(template: "client-waiter", content: waiter)))
        }
        return placed
    }

    /// The server side's files: the handler protocol with its defaults and router.
    static func serverFiles(_ service: ResolvedService, context: TranslationContext) -> [FileViewModel] {
        [
            file(
                "\(service.handlerName).swift",
                [
                    DeclarationViewModel(
                        template: "server-handler",
                        content: ServerTranslator.handler(service, access: context.access))
                ],
                imports: [context.options.moduleName, "AliyunServerSupport"], context: context)
        ]
    }

    /// The command-line client's files: one subcommand per operation and the root command.
    static func commandFiles(_ service: ResolvedService, commandName: String, context: TranslationContext)
        -> [FileViewModel]
    {
        let imports = [context.options.moduleName, "AliyunCommandSupport", "AliyunRuntime", "ArgumentParser"]
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

    /// What the SDK module's files import: the runtime, unless the module is the runtime itself (a module
    /// never imports itself; the STS client the credentials chain calls is generated into AliyunRuntime), and
    /// the style's own runtime (``StyleRuntime``).
    private static func moduleImports(_ context: TranslationContext) -> [String] {
        (["AliyunRuntime"] + (StyleRuntime.of(context.style)?.module.map { [$0] } ?? []))
            .filter { $0 != context.options.moduleName }
    }

    /// What a public SDK module re-exports from its client's file: the runtimes it imports, so that an app that
    /// depends on the SDK alone (a `generate-package` package, whose manifest asks the runtime's package for no
    /// more than the runtime) has the configuration, credentials and error types without naming that package.
    private static func reexports(_ context: TranslationContext) -> [String] {
        context.access == "public" ? moduleImports(context) : []
    }

    private static func file(
        _ path: String, _ declarations: [DeclarationViewModel], imports: [String], exports: [String] = [],
        context: TranslationContext
    ) -> FileViewModel {
        FileViewModel(
            path: path, template: "file",
            context: SourceFileViewModel(
                header: context.header, exportedImports: Set(exports).sorted(),
                imports: Set(imports).subtracting(exports).sorted(), declarations: declarations))
    }
}
