import Foundation

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
        let newline = UInt8(ascii: "\n")
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        // Written straight into the string's storage, a line at a time: `memchr` finds the line's end, the
        // spaces and tabs before it are stepped over backwards, and the rest is copied in one move.
        return text.withUnsafeBufferPointer { input in
            String(unsafeUninitializedCapacity: input.count + 1) { output in
                guard let source = input.baseAddress, let target = output.baseAddress else {
                    output[0] = newline
                    return 1
                }
                var count = 0
                var lineStart = 0
                while lineStart < input.count {
                    let found = memchr(source + lineStart, Int32(newline), input.count - lineStart)
                    let lineEnd = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(source) } ?? input.count
                    var end = lineEnd
                    while end > lineStart, source[end - 1] == space || source[end - 1] == tab { end -= 1 }
                    (target + count).initialize(from: source + lineStart, count: end - lineStart)
                    count += end - lineStart
                    if found != nil {
                        target[count] = newline
                        count += 1
                    }
                    lineStart = lineEnd + 1
                }
                while count > 0, target[count - 1] == newline { count -= 1 }
                target[count] = newline
                return count + 1
            }
        }
    }
}
