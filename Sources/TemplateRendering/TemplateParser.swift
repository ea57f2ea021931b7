import SwiftSourceText

/// Parses Mustache template text into ``TemplateNode``s.
///
/// Whitespace follows swift-mustache, the renderer the generator used before, line for line: a section, closing,
/// comment, pragma or partial tag alone on its line takes the line with it; a partial alone on its line indents
/// every line it renders by the whitespace before it. Values are never HTML-escaped: `{{%CONTENT_TYPE:TEXT}}`,
/// which says so to other Mustache renderers, is accepted and changes nothing, and `{{%CONTENT_TYPE:HTML}}` is
/// refused. Set-delimiter tags and template inheritance (`{{=`, `{{<`, `{{$`) are refused, as are transforms
/// other than `empty(name)`, `first()` and `last()`.
struct TemplateParser {
    /// Why a template does not parse, and the line of the tag.
    struct Failure: Error, Sendable, CustomStringConvertible {
        var message: String
        var line: Int
        var description: String { "line \(line): \(message)" }
    }

    private let bytes: [UInt8]
    /// The index of each template a partial tag may name.
    private let templates: [String: Int]
    private var position = 0
    /// The line of `lineCursor.index`: tags are read in order, so each line number is counted from the last.
    private var lineCursor = (index: 0, line: 1)

    private init(_ text: String, templates: [String: Int]) {
        bytes = Array(text.utf8)
        self.templates = templates
    }

    /// The nodes of a template's text; partial tags refer to `templates` by index.
    static func parse(_ text: String, templates: [String: Int] = [:]) throws(Failure) -> [TemplateNode] {
        var parser = TemplateParser(text, templates: templates)
        return try parser.nodes(closing: nil, newLine: true)
    }

    /// Nodes up to the end, or up to the tag closing `section` (consumed).
    private mutating func nodes(closing section: TemplateName?, newLine startsLine: Bool) throws(Failure)
        -> [TemplateNode]
    {
        var nodes: [TemplateNode] = []
        var newLine = startsLine
        var whiteSpace: [UInt8] = []
        while position < bytes.count {
            if newLine { whiteSpace = readSpacesAndTabs() }
            let text = readTextUpToTagOrLineBreak()
            if let length = lineBreakLength(at: position) {
                nodes.append(.text(whiteSpace + text + bytes[position..<position + length]))
                position += length
                newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpace + text))
                whiteSpace = []
                newLine = false
            }
            guard position < bytes.count else { break }
            var standalone = false
            let tagStart = position
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName()
                if endsLine(newLine) {
                    standalone = true
                } else if !whiteSpace.isEmpty {
                    nodes.append(.text(whiteSpace))
                    whiteSpace = []
                }
                let children = try self.nodes(closing: name, newLine: standalone)
                nodes.append(.section(name, children, inverted: inverted))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName()
                guard let section else { throw failure("{{/\(name.written)}} closes no section", at: tagStart) }
                guard name.written == section.written else {
                    throw failure("{{/\(name.written)}} closes section \(section.written)", at: tagStart)
                }
                if !endsLine(newLine), !whiteSpace.isEmpty { nodes.append(.text(whiteSpace)) }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(closingBraces, from: position) else {
                    throw failure("a comment is not closed", at: tagStart)
                }
                position = end + 2
                standalone = endsLine(newLine)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                if !whiteSpace.isEmpty {
                    nodes.append(.text(whiteSpace))
                    whiteSpace = []
                }
                position += 1
                let name = try readName()
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw failure("{{{\(name.written)}} needs a third }", at: tagStart)
                    }
                    position += 1
                }
                nodes.append(.variable(name))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let dynamic = position < bytes.count && bytes[position] == UInt8(ascii: "*")
                if dynamic { position += 1 }
                let name = try readPartialName()
                if !whiteSpace.isEmpty { nodes.append(.text(whiteSpace)) }
                standalone = endsLine(newLine)
                let indentation = standalone ? whiteSpace : nil
                let line = line(at: tagStart)
                if dynamic {
                    // The value is looked up by the name as written, dots aside: no transforms.
                    let components = name.split(separator: ".").map(String.init)
                    let scope: TemplateName.Scope =
                        components.isEmpty ? .current : name.first == "." ? .innermost : .stack
                    let lookUp = TemplateName(
                        scope: scope, components: components, transform: nil, written: name, line: line)
                    nodes.append(.dynamicPartial(lookUp, indentation: indentation))
                } else {
                    nodes.append(
                        .partial(PartialTag(name: name, index: templates[name], indentation: indentation, line: line)))
                }
                whiteSpace = []
            case UInt8(ascii: "%"):
                position += 1
                try readPragma(at: tagStart)
                standalone = endsLine(newLine)
            case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw failure(
                    "{{\(Character(Unicode.Scalar(bytes[position])))…}}: set delimiters and template inheritance are "
                        + "not supported", at: tagStart)
            default:
                if !whiteSpace.isEmpty {
                    nodes.append(.text(whiteSpace))
                    whiteSpace = []
                }
                nodes.append(.variable(try readName()))
            }
            newLine = standalone
        }
        if let section { throw failure("section \(section.written) is not closed", at: bytes.count) }
        return nodes
    }

    // MARK: Tags

    private static let nameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)
    private static let partialNameBytes = nameBytes.union("()/".utf8)
    private let closingBraces: [UInt8] = Array("}}".utf8)

    /// A tag's name up to and including `}}`.
    private mutating func readName() throws(Failure) -> TemplateName {
        let start = position
        skipWhitespace()
        let text = read { Self.nameBytes.contains($0) || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }
        skipWhitespace()
        try expectClosingBraces(tagStart: start)
        return try templateName(text, at: start)
    }

    /// A partial's name up to and including `}}`.
    private mutating func readPartialName() throws(Failure) -> String {
        let start = position
        skipWhitespace()
        let text = read { Self.partialNameBytes.contains($0) }
        skipWhitespace()
        try expectClosingBraces(tagStart: start)
        return text
    }

    /// `CONTENT_TYPE:TEXT`, up to and including `}}`.
    private mutating func readPragma(at tagStart: Int) throws(Failure) {
        skipWhitespace()
        let variable = read { Self.nameBytes.contains($0) }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw failure("a pragma is written {{%NAME:VALUE}}", at: tagStart)
        }
        position += 1
        skipWhitespace()
        let value = read { Self.nameBytes.contains($0) }
        skipWhitespace()
        try expectClosingBraces(tagStart: tagStart)
        switch (variable, value) {
        case ("CONTENT_TYPE", "TEXT"):
            return
        case ("CONTENT_TYPE", "HTML"):
            throw failure("CONTENT_TYPE:HTML: values are never HTML-escaped; write CONTENT_TYPE:TEXT", at: tagStart)
        default:
            throw failure("unknown pragma \(variable):\(value); known: CONTENT_TYPE:TEXT", at: tagStart)
        }
    }

    /// `name`, `a.b`, `.a`, `.`, `empty(name)`, `first()`, `last()`.
    private mutating func templateName(_ text: String, at tagStart: Int) throws(Failure) -> TemplateName {
        var transform: TemplateName.Transform?
        var base = Substring(text)
        if let open = base.firstIndex(of: "(") {
            let written = base[..<open]
            base = base[base.index(after: open)...]
            guard base.last == ")", !base.dropLast().contains(where: { $0 == "(" || $0 == ")" }) else {
                throw failure("\(text): a transform is written t(name) or t(), once", at: tagStart)
            }
            base = base.dropLast()
            transform = TemplateName.Transform(rawValue: String(written))
            let known: Set<TemplateName.Transform> = base.isEmpty ? [.first, .last] : [.empty]
            guard let transform, known.contains(transform) else {
                let names = known.map { "\($0.rawValue)(\(base.isEmpty ? "" : "name"))" }.sorted()
                throw failure(
                    "\(text): no transform \(written)(…); known: \(names.joined(separator: ", "))", at: tagStart)
            }
        } else if text.contains(")") {
            throw failure("\(text): a transform is written t(name) or t(), once", at: tagStart)
        }
        let components = base.split(separator: ".").map(String.init)
        let scope: TemplateName.Scope =
            if base == "." || (base.isEmpty && transform == nil) {
                .current
            } else if base.isEmpty {
                .listPosition
            } else if base.first == "." {
                .innermost
            } else {
                .stack
            }
        return TemplateName(
            scope: scope, components: components, transform: transform, written: text, line: line(at: tagStart))
    }

    private mutating func expectClosingBraces(tagStart: Int) throws(Failure) {
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}")
        else { throw failure("a tag is not closed by }}, or its name has a character names cannot have", at: tagStart) }
        position += 2
    }

    // MARK: Text

    /// Text up to a line break (not consumed), `{{` (consumed) or the end.
    private mutating func readTextUpToTagOrLineBreak() -> [UInt8] {
        let start = position
        while position < bytes.count {
            if lineBreakLength(at: position) != nil { return Array(bytes[start..<position]) }
            if bytes[position] == UInt8(ascii: "{"), position + 1 < bytes.count,
                bytes[position + 1] == UInt8(ascii: "{")
            {
                let text = Array(bytes[start..<position])
                position += 2
                return text
            }
            position += 1
        }
        return Array(bytes[start..<position])
    }

    /// Whether a tag that began a line (`newLine`) ends it: only spaces and tabs up to a line break, which is then
    /// consumed, or the end.
    private mutating func endsLine(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        guard position < bytes.count else { return true }
        var probe = position
        while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") {
            probe += 1
        }
        guard let length = anyLineBreakLength(at: probe) else { return false }
        position = probe + length
        return true
    }

    /// The length of any line break `Character.isNewline` knows (`\n`, `\r\n`, `\r`, U+000B, U+000C, U+0085,
    /// U+2028, U+2029): what may end a standalone tag's line, as in swift-mustache, where text itself breaks
    /// only at `\n` and `\r\n`.
    private func anyLineBreakLength(at index: Int) -> Int? {
        UTF8Scan.lineBreakLength(in: bytes, at: index)
    }

    /// 1 for `\n`, 2 for `\r\n`, nil for anything else.
    private func lineBreakLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "\n") { return 1 }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
            return 2
        }
        return nil
    }

    private mutating func readSpacesAndTabs() -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return Array(bytes[start..<position])
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [9, 10, 11, 12, 13, 32].contains(bytes[position]) { position += 1 }
    }

    private mutating func read(while accepted: (UInt8) -> Bool) -> String {
        let start = position
        while position < bytes.count, accepted(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index + 1] == needle[1] { return index }
            index += 1
        }
        return nil
    }

    /// The line of the byte at `index`, counted on from the last one asked for when that came before it.
    private mutating func line(at index: Int) -> Int {
        if index < lineCursor.index { lineCursor = (0, 1) }
        lineCursor.line += bytes[lineCursor.index..<index].count { $0 == UInt8(ascii: "\n") }
        lineCursor.index = index
        return lineCursor.line
    }

    private func failure(_ message: String, at index: Int) -> Failure {
        Failure(message: message, line: 1 + bytes[..<min(index, bytes.count)].count { $0 == UInt8(ascii: "\n") })
    }
}
