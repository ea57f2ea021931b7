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
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        // Written straight into the string's storage: each byte is copied once, the spaces before a line
        // break are taken back by moving the count.
        return text.withUnsafeBufferPointer { input in
            String(unsafeUninitializedCapacity: input.count + 1) { output in
                var count = 0
                var pendingSpaces = 0
                for byte in input {
                    if byte == newline {
                        count -= pendingSpaces
                        pendingSpaces = 0
                    } else if byte == space || byte == tab {
                        pendingSpaces += 1
                    } else {
                        pendingSpaces = 0
                    }
                    output[count] = byte
                    count += 1
                }
                count -= pendingSpaces
                while count > 0, output[count - 1] == newline { count -= 1 }
                output[count] = newline
                return count + 1
            }
        }
    }
}
