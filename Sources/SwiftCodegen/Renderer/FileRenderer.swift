import Foundation
import TemplateRendering

/// Renders file view models with a template set into source text.
public struct FileRenderer: Sendable {
    private let engine: TemplateEngine

    /// Parses the templates.
    public init(templates: TemplateSet) throws(GenerationError) {
        engine = try templates.engine()
    }

    /// The file's text: trailing white space removed from every line, one final newline.
    ///
    /// A missing template, and a name a template asks for that no context on the stack has, are errors.
    public func render(_ file: FileViewModel) throws(GenerationError) -> String {
        String(decoding: try renderBytes(file), as: UTF8.self)
    }

    /// ``render(_:)``'s text as UTF-8, normalised where the template engine wrote it and then copied once to its
    /// own size, with no check of bytes that the engine wrote from strings and templates (valid UTF-8 both).
    func renderBytes(_ file: FileViewModel) throws(GenerationError) -> [UInt8] {
        var templates = [file.template]
        if let source = file.context as? SourceFileViewModel { templates += source.declarations.map(\.template) }
        for template in templates where !engine.hasTemplate(named: template) {
            throw GenerationError("no template named \"\(template)\"", file: file.path)
        }
        var bytes: [UInt8]
        do {
            bytes = try engine.render(file.template, context: file.context)
        } catch {
            throw GenerationError(
                "\(error.message), rendering \(file.path)", file: "\(error.template).mustache", line: error.line)
        }
        Self.normalise(&bytes)
        // The engine's buffer grew by doubling; a run holds every file until it writes, so each keeps its size.
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        }
    }

    /// Removes trailing spaces and tabs from every line and trailing empty lines, and ends the text with one
    /// newline; works on UTF-8 bytes, since those characters are ASCII, in place: each kept line moves down over
    /// what was dropped before it.
    static func normalise(_ text: inout [UInt8]) {
        let newline = UInt8(ascii: "\n")
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        // A line at a time: `memchr` finds the line's end, the spaces and tabs before it are stepped over
        // backwards, and the rest moves down in one `memmove` (the kept text never passes what is read).
        let count = text.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0
            var lineStart = 0
            while lineStart < buffer.count {
                let found = memchr(base + lineStart, Int32(newline), buffer.count - lineStart)
                let lineEnd = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? buffer.count
                var end = lineEnd
                while end > lineStart, base[end - 1] == space || base[end - 1] == tab { end -= 1 }
                if count != lineStart { memmove(base + count, base + lineStart, end - lineStart) }
                count += end - lineStart
                if found != nil {
                    base[count] = newline
                    count += 1
                }
                lineStart = lineEnd + 1
            }
            while count > 0, base[count - 1] == newline { count -= 1 }
            return count
        }
        text.removeSubrange(count...)
        text.append(newline)
    }
}
