import Foundation
import SpecIR

/// Renders a service's SDK sources: the whole pipeline after reading.
public enum Generator {
    /// Every file of the module, rendered, in a stable order.
    ///
    /// - Parameters:
    ///   - service: The IR, already filtered to the operations to generate.
    ///   - options: Module name, access modifier, validation default, client name.
    ///   - sources: The spec paths as they should appear in file headers.
    ///   - templates: The templates to render with.
    /// - Returns: The files, sorted by path.
    /// - Throws: `GenerationError` when a template does not parse or is missing.
    public static func render(
        _ service: ServiceSpec, options: GenerationOptions, sources: [String], templates: TemplateSet
    ) throws(GenerationError) -> [RenderedFile] {
        try render(ServiceTranslator.files(for: service, options: options, sources: sources), templates: templates)
    }

    /// The command-line client's files: one subcommand per operation.
    ///
    /// - Parameters:
    ///   - service: The IR, already filtered.
    ///   - options: The SDK module's options; the command imports that module.
    ///   - commandName: The executable's name, e.g. `aliyun-ecs`.
    ///   - sources: The spec paths for file headers.
    ///   - templates: The templates to render with.
    /// - Returns: The files, sorted by path.
    /// - Throws: `GenerationError` when a template does not parse or is missing.
    public static func renderCommand(
        _ service: ServiceSpec, options: GenerationOptions, commandName: String, sources: [String],
        templates: TemplateSet
    ) throws(GenerationError) -> [RenderedFile] {
        let context = TranslationContext(options: options, sources: sources)
        let client = ClientTranslator.clientName(for: service, options: options)
        let files = CommandTranslator.files(
            service, client: client, commandName: commandName, module: options.moduleName, header: context.header)
        return try render(files, templates: templates)
    }

    /// `aliyun-` followed by the product in lower case.
    public static func defaultCommandName(for service: ServiceSpec) -> String {
        "aliyun-" + service.product.lowercased()
    }

    private static func render(_ files: [FileViewModel], templates: TemplateSet) throws(GenerationError)
        -> [RenderedFile]
    {
        let renderer = try FileRenderer(templates: templates)
        var rendered: [RenderedFile] = []
        var paths: Set<String> = []
        for file in files {
            guard paths.insert(file.path.lowercased()).inserted else {
                throw GenerationError(
                    "two generated files would have the path \(file.path) (names that differ only in case count as "
                        + "the same, for case-insensitive file systems); rename an operation or the command")
            }
            rendered.append(RenderedFile(path: file.path, contents: try renderer.render(file)))
        }
        return rendered.sorted { $0.path < $1.path }
    }
}
