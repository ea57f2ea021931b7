import Foundation
import SpecIR

/// Renders a service's SDK sources: the whole pipeline after reading.
public enum Generator {
    /// What rendering produced: the files and the problems met translating.
    public struct Output: Sendable {
        /// The files, sorted by path.
        public var files: [RenderedFile]
        /// Warnings, e.g. a documented rule that cannot be checked on its field's type.
        public var diagnostics: [Diagnostic]
    }

    /// Every file of the module, rendered, in a stable order.
    ///
    /// - Parameters:
    ///   - service: The IR, already filtered to the operations to generate.
    ///   - options: Module name, access modifier, validation default, client name, layout.
    ///   - sources: The spec paths as they should appear in file headers.
    ///   - templates: The templates to render with.
    /// - Returns: The files, sorted by path, and the translators' warnings.
    /// - Throws: `GenerationError` when a template does not parse or is missing.
    public static func render(
        _ service: ServiceSpec, options: GenerationOptions, sources: [String], templates: TemplateSet
    ) throws(GenerationError) -> Output {
        let resolved = ServiceResolver.resolve(service, options: options, commandName: nil)
        var context = TranslationContext(options: options, sources: sources)
        let files = ServiceTranslator.files(resolved, context: &context)
        return Output(files: try render(files, templates: templates), diagnostics: context.diagnostics)
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
        let resolved = ServiceResolver.resolve(service, options: options, commandName: commandName)
        let context = TranslationContext(options: options, sources: sources)
        return try render(
            ServiceTranslator.commandFiles(resolved, commandName: commandName, context: context), templates: templates)
    }

    /// `aliyun-` followed by the product in lower case.
    public static func defaultCommandName(for service: ServiceSpec) -> String {
        "aliyun-" + service.product.lowercased()
    }

    /// `Aliyun` followed by the client's prefix: `AliyunECS` for `Ecs`, `AliyunWafOpenapi` for `waf-openapi`.
    public static func defaultModuleName(for service: ServiceSpec) -> String {
        "Aliyun" + String(ServiceResolver.defaultClientName(for: service).dropLast("Client".count))
    }

    /// The client type's name the options give or the product implies.
    public static func clientName(for service: ServiceSpec, options: GenerationOptions) -> String {
        options.clientName ?? ServiceResolver.defaultClientName(for: service)
    }

    private static func render(_ files: [FileViewModel], templates: TemplateSet) throws(GenerationError)
        -> [RenderedFile]
    {
        let renderer = try FileRenderer(templates: templates)
        var paths: Set<String> = []
        for file in files {
            guard paths.insert(file.path.lowercased()).inserted else {
                throw GenerationError(
                    "two generated files would have the path \(file.path) (names that differ only in case count as "
                        + "the same, for case-insensitive file systems); rename an operation or the command")
            }
        }
        let rendered = try ParallelRenderer.render(files, with: renderer)
        return rendered.sorted { $0.path < $1.path }
    }
}
