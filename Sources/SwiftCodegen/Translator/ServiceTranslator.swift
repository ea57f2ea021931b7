import SpecIR

/// Translates a whole service into the files of its SDK module.
///
/// Layout: `<Client>.swift`; per operation a directory with the request, its nested types, enums,
/// query coding and validation, the response and its nested types, the typed error, and the client
/// method (`<Client>+<Operation>.swift`).
public enum ServiceTranslator {
    /// The files to render, in a stable order.
    public static func files(for service: ServiceSpec, options: GenerationOptions, sources: [String]) -> [FileViewModel]
    {
        var context = TranslationContext(options: options, sources: sources)
        let client = ClientTranslator.clientName(for: service, options: options)
        context.add("\(client).swift", "client", ClientTranslator.client(service, name: client, context: context))
        for operation in service.operations {
            let directory = operation.name
            var request = StructTranslator(
                context: context, directory: directory, isRequest: true, operation: operation)
            request.translate(
                name: "\(operation.name)Request", parent: nil, fields: operation.parameters,
                docLines: FieldDocumentation.comment(
                    "The parameters of `\(operation.name)`\(operation.title.map { ": \($0)" } ?? "").\n\n"
                        + "Generated from \(operation.source).", indent: ""))
            var response = StructTranslator(
                context: request.context, directory: directory, isRequest: false, operation: operation)
            response.translate(
                name: "\(operation.name)Response", parent: nil, fields: operation.response.fields,
                docLines: FieldDocumentation.comment(
                    "The answer of `\(operation.name)`. Unknown keys are ignored and every field is optional.\n\n"
                        + "Generated from \(operation.source).", indent: ""))
            context = response.context
            context.add(
                "\(directory)/\(operation.name)Error.swift", "operation-error",
                ErrorTranslator.viewModel(
                    operation, name: "\(operation.name)Error", header: context.header, access: context.access))
            context.add(
                "\(directory)/\(client)+\(operation.name).swift", "client-method",
                ClientTranslator.method(operation, client: client, context: context))
        }
        return context.files
    }
}
