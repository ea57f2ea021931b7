import Mustache

/// Renders file view models with a template set into source text.
public struct FileRenderer: Sendable {
    private let library: MustacheLibrary

    /// Prepares the templates.
    public init(templates: TemplateSet) throws(GenerationError) {
        library = try templates.library()
    }

    /// The file's text: trailing white space removed from every line, one final newline.
    public func render(_ file: FileViewModel) throws(GenerationError) -> String {
        guard let text = library.render(file.context, withTemplate: file.template) else {
            throw GenerationError("no template named \"\(file.template)\"", file: file.path)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = Substring(line)
            while line.last == " " || line.last == "\t" { line = line.dropLast() }
            return line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
