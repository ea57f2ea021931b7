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
        let renderer = try FileRenderer(templates: templates)
        var rendered: [RenderedFile] = []
        for file in ServiceTranslator.files(for: service, options: options, sources: sources) {
            rendered.append(RenderedFile(path: file.path, contents: try renderer.render(file)))
        }
        return rendered.sorted { $0.path < $1.path }
    }
}
