/// Renders file view models with a template set into source text.
public struct FileRenderer: Sendable {
    private let engine: TemplateEngine

    /// Parses the templates.
    public init(templates: TemplateSet) throws(GenerationError) {
        engine = try templates.engine()
    }

    /// The file's text: trailing white space removed from every line, one final newline.
    ///
    /// A declaration whose template is missing is an error: a dynamic partial that names no template
    /// would otherwise render as nothing.
    public func render(_ file: FileViewModel) throws(GenerationError) -> String {
        if let source = file.context as? SourceFileViewModel {
            for declaration in source.declarations where engine.templates[declaration.template] == nil {
                throw GenerationError("no template named \"\(declaration.template)\"", file: file.path)
            }
        }
        guard let bytes = engine.render(file.template, context: file.context) else {
            throw GenerationError("no template named \"\(file.template)\"", file: file.path)
        }
        return Self.normalised(bytes)
    }

    /// The text with trailing spaces and tabs removed from every line, no trailing empty lines, and one
    /// final newline; works on UTF-8 bytes, since those characters are ASCII.
    static func normalised(_ text: [UInt8]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + 1)
        var pendingSpaces = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                bytes.append(byte)
                pendingSpaces += 1
            case UInt8(ascii: "\n"):
                bytes.removeLast(pendingSpaces)
                pendingSpaces = 0
                bytes.append(byte)
            default:
                pendingSpaces = 0
                bytes.append(byte)
            }
        }
        bytes.removeLast(pendingSpaces)
        while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
