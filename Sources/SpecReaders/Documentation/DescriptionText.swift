/// Renders description blocks as the IR's normalised text.
///
/// One block per line: paragraphs as they are, list items as `- item` (indented two spaces per
/// nesting level), notes as `> note`. Empty blocks are dropped.
enum DescriptionText {
    static func render(_ blocks: [DocBlock]) -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let text):
                if !text.isEmpty { lines.append(text) }
            case .listItem(let text, let depth):
                if !text.isEmpty { lines.append(String(repeating: "  ", count: depth) + "- " + text) }
            case .note(let text):
                if !text.isEmpty { lines.append("> " + text) }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Reads normalised text back into blocks: the inverse of ``render(_:)``.
    static func parse(_ text: String) -> [DocBlock] {
        text.splitLines(omittingEmptySubsequences: true).map { line in
            if line.hasPrefix("> ") { return .note(String(line.dropFirst(2))) }
            let indent = line.prefix(while: { $0 == " " }).count
            let rest = line.dropFirst(indent)
            if rest.hasPrefix("- ") { return .listItem(String(rest.dropFirst(2)), depth: indent / 2) }
            return .paragraph(String(line))
        }
    }
}
