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
        return Self.normalised(text)
    }

    /// The text with trailing spaces and tabs removed from every line, no trailing empty lines, and one
    /// final newline; works on UTF-8 bytes, since those characters are ASCII.
    static func normalised(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 1)
        var pendingSpaces = 0
        for byte in text.utf8 {
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
