import SpecIR
import SwiftSourceText

/// Translates a resolved service into its DocC catalog: `<Module>.docc/<Module>.md`, the landing page.
enum DocumentationTranslator {
    /// The landing page's path inside the output directory.
    static func catalogPath(module: String) -> String {
        "\(module).docc/\(module).md"
    }

    /// `cn-hangzhou` when documented (or nothing is), else the first documented region.
    private static func exampleRegion(_ endpoints: [Endpoint]) -> String {
        endpoints.contains { $0.regionId == "cn-hangzhou" } ? "cn-hangzhou" : endpoints.first?.regionId ?? "cn-hangzhou"
    }

    static func catalog(_ service: ResolvedService, context: TranslationContext) -> FileViewModel {
        let spec = service.spec
        let module = context.options.moduleName
        return FileViewModel(
            path: catalogPath(module: module), template: "documentation-catalog",
            context: DocumentationCatalogViewModel(
                header: context.header, module: module, client: service.clientName,
                product: MarkdownText.text(spec.product), version: MarkdownText.text(spec.version),
                style: MarkdownText.text(spec.style.rawValue),
                exampleRegionLiteral: SwiftLiteral.string(exampleRegion(spec.endpoints)),
                endpoints: spec.endpoints.map {
                    EndpointViewModel(region: MarkdownText.code($0.regionId), host: MarkdownText.code($0.host))
                },
                groups: service.operationGroups.map { group in
                    OperationGroupViewModel(
                        titles: group.path.map(MarkdownText.text),
                        operations: group.operations.map { operation in
                            OperationLinksViewModel(
                                method: operation.methodSymbolName, request: operation.request.name.symbolPath,
                                response: operation.response.name.symbolPath, error: operation.errorTypeName)
                        })
                }))
    }
}
