import Foundation
import TemplateRendering

/// The templates a run renders with: the embedded copy of `Templates/`, with any file of an
/// override directory replacing the template of the same name.
public struct TemplateSet: Sendable {
    /// Template texts by name (file name without `.mustache`).
    public private(set) var texts: [String: String]

    /// Whether the texts are the embedded ones, untouched: those are parsed once per process.
    private var isEmbedded = false

    /// The templates built into the generator.
    public static let embedded: TemplateSet = {
        var set = TemplateSet(texts: EmbeddedTemplates.all)
        set.isEmbedded = true
        return set
    }()

    /// The embedded templates parsed, once: a whole-corpus run renders 253 modules with them.
    private static let embeddedEngine = Result { () throws(GenerationError) in try parse(EmbeddedTemplates.all) }

    /// Creates a set from texts.
    public init(texts: [String: String]) {
        self.texts = texts
    }

    /// This set with every `*.mustache` file of `directory` replacing its namesake.
    ///
    /// - Throws: `GenerationError` when the directory cannot be read, a file is not UTF-8, or a
    ///   file names no template the generator renders.
    public func overridden(by directory: String) throws(GenerationError) -> TemplateSet {
        let url = URL(fileURLWithPath: directory)
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == GeneratorInputs.templateExtension }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw GenerationError("cannot read the template directory", file: directory)
        }
        var copy = self
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            guard texts[name] != nil else {
                throw GenerationError(
                    "no template is named \"\(name)\"; known: \(texts.keys.sorted().joined(separator: ", "))",
                    file: file.path)
            }
            guard let data = FileManager.default.contents(atPath: file.path),
                let text = String(data: data, encoding: .utf8)
            else { throw GenerationError("cannot read the template as UTF-8", file: file.path) }
            copy.texts[name] = text
            copy.isEmbedded = false
        }
        return copy
    }

    /// Parses every template; partials refer to each other by name.
    ///
    /// - Throws: `GenerationError` at the template's line when one does not parse.
    func engine() throws(GenerationError) -> TemplateEngine {
        if isEmbedded { return try Self.embeddedEngine.get() }
        return try Self.parse(texts)
    }

    private static func parse(_ texts: [String: String]) throws(GenerationError) -> TemplateEngine {
        do {
            return try TemplateEngine(templates: texts)
        } catch {
            throw GenerationError(
                "the template does not parse: \(error.message)", file: "\(error.template).mustache", line: error.line)
        }
    }
}
