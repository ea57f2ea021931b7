import Foundation
import SpecIR
import SpecReaders

/// Renders a service's SDK sources: the whole pipeline after reading.
public enum Generator {
    /// What rendering produced: the files and the problems met translating.
    public struct Output: Sendable {
        /// The files, sorted by path.
        public var files: [RenderedFile]
        /// The command-line client's files, sorted by path, when a command name was given.
        public var commandFiles: [RenderedFile]?
        /// The server side's files, sorted by path, when a server module was asked for.
        public var serverFiles: [RenderedFile]? = nil
        /// The client type's name, as the options give it or the product implies.
        public var clientName: String
        /// Warnings, e.g. a documented rule that cannot be checked on its field's type.
        public var diagnostics: [Diagnostic]
    }

    /// Every file of the module and, when `commandName` is given, of its command-line client, rendered in a
    /// stable order from one resolved model, so both always agree.
    ///
    /// - Parameters:
    ///   - service: The IR, already filtered to the operations to generate.
    ///   - options: Module name, access modifier, validation default, client name, layout.
    ///   - sources: The spec paths as they should appear in file headers.
    ///   - templates: The templates to render with.
    ///   - commandName: The command-line client's executable name (`aliyun-ecs`); nil for none.
    ///   - server: Whether to render the server side too (handler protocol and router).
    /// - Returns: The files, sorted by path, the command's files, the client's name and the translators' warnings.
    /// - Throws: `GenerationError` when a template does not parse or is missing.
    public static func render(
        _ service: ServiceSpec, options: GenerationOptions, sources: [String], templates: TemplateSet,
        commandName: String? = nil, server: Bool = false
    ) throws(GenerationError) -> Output {
        let resolved = ServiceResolver.resolve(service, options: options, commandName: commandName)
        var context = TranslationContext(options: options, sources: sources)
        let files = try render(ServiceTranslator.files(resolved, context: &context), templates: templates)
        let command = try commandName.map { name throws(GenerationError) in
            try render(
                ServiceTranslator.commandFiles(resolved, commandName: name, context: context), templates: templates)
        }
        let serverFiles =
            server ? try render(ServiceTranslator.serverFiles(resolved, context: context), templates: templates) : nil
        return Output(
            files: files, commandFiles: command, serverFiles: serverFiles, clientName: resolved.clientName,
            diagnostics: context.diagnostics)
    }

    /// `aliyun-` followed by the product in lower case.
    public static func defaultCommandName(for service: ServiceSpec) -> String {
        "aliyun-" + service.product.lowercased()
    }

    /// `Aliyun` followed by the client's prefix: `AliyunECS` for `Ecs`, `AliyunWafOpenapi` for `waf-openapi`.
    public static func defaultModuleName(for service: ServiceSpec) -> String {
        "Aliyun" + ServiceResolver.prefix(ofClient: ServiceResolver.defaultClientName(for: service))
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
        // Files render on every core; results keep the input's order whatever the scheduling.
        let rendered = files.concurrentMap { file in
            Result { () throws(GenerationError) in RenderedFile(path: file.path, bytes: try renderer.renderBytes(file))
            }
        }
        return try rendered.map { result throws(GenerationError) in try result.get() }.sorted { $0.path < $1.path }
    }
}
