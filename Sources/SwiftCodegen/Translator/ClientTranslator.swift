import SpecIR
import SwiftSourceText

/// Translates a service into its client type and one method per operation.
enum ClientTranslator {
    static func clientName(for service: ServiceSpec, options: GenerationOptions) -> String {
        if let name = options.clientName { return name }
        let product = SwiftIdentifier.bare(SwiftIdentifier.upperCamel(service.product))
        return (product.count <= 4 ? product.uppercased() : product) + "Client"
    }

    static func client(_ service: ServiceSpec, name: String, context: TranslationContext) -> ClientViewModel {
        ClientViewModel(
            header: context.header, access: context.access, name: name,
            productLiteral: SwiftLiteral.string(service.product), versionLiteral: SwiftLiteral.string(service.version),
            docLines: FieldDocumentation.comment(
                "A client of \(service.product) API version \(service.version).\n\n"
                    + "Each method checks the request against its documented rules (unless `validatesRequests` "
                    + "is false), sends it through `caller`, and returns the decoded response or throws the "
                    + "operation's typed error.",
                indent: ""),
            endpointsLiteral: endpointsLiteral(service, access: context.access),
            validatesByDefault: context.options.validatesByDefault)
    }

    /// The region → host dictionary literal, laid out as swift-format would.
    private static func endpointsLiteral(_ service: ServiceSpec, access: String) -> String {
        guard !service.endpoints.isEmpty else { return "[:]" }
        return EnumTranslator.listLiteral(
            service.endpoints.map { "\(SwiftLiteral.string($0.regionId)): \(SwiftLiteral.string($0.host))" },
            indent: "    ", declaration: "\(access) static let endpoints: [String: String] = ")
    }

    static func method(_ operation: OperationSpec, client: String, context: TranslationContext) -> ClientMethodViewModel
    {
        var text = "`\(operation.name)`"
        if let title = operation.title { text += ": \(title)" }
        if let summary = operation.summary { text += "\n\n\(summary)" }
        if operation.deprecated { text += "\n\n- Warning: the operation is deprecated." }
        text +=
            "\n\n- Parameters:\n  - request: The parameters.\n  - options: Timeouts, retries and validation for this call."
        text += "\n- Returns: The decoded answer."
        text += "\n- Throws: `RequestValidationError` before sending when the request breaks a documented rule;"
        text += "\n  `DryRunSucceeded` when a dry run passed; `\(operation.name)Error` when the service answers with"
        text += "\n  an error; `CredentialsError`, `TimeoutError` or `TransportError` when the call cannot be made."
        text += "\n\nGenerated from \(operation.source)."
        return ClientMethodViewModel(
            header: context.header, access: context.access, client: client,
            method: SwiftIdentifier.lowerCamel(operation.name), request: "\(operation.name)Request",
            response: "\(operation.name)Response", error: "\(operation.name)Error",
            actionLiteral: SwiftLiteral.string(operation.name),
            docLines: FieldDocumentation.comment(text, indent: "    "))
    }
}
