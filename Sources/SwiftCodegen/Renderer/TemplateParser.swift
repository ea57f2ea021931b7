import SwiftSourceText

/// Parses Mustache template text into ``TemplateNode``s.
///
/// Whitespace follows swift-mustache, the renderer the generator used before, line for line: a section, closing,
/// comment, pragma or partial tag alone on its line takes the line with it; a partial alone on its line indents
/// every line it renders by the whitespace before it. Set-delimiter tags and template inheritance (`{{=`, `{{<`,
/// `{{$`) are refused, as are transforms the renderer does not provide.
struct TemplateParser {
    /// Why a template does not parse, and the line of the tag.
    struct Failure: Error, Sendable, CustomStringConvertible {
        var message: String
        var line: Int
        var description: String { "line \(line): \(message)" }
    }

    /// Transforms of a value: `{{#empty(items)}}`, `{{count(items)}}`, `{{uppercased(name)}}`.
    static let valueTransforms: Set<String> = [
        "empty", "count", "first", "last", "reversed", "lowercased", "uppercased", "capitalized",
    ]
    /// Transforms of the position in the list being rendered: `{{^last()}}, {{/last()}}`.
    static let positionTransforms: Set<String> = ["first", "last", "index", "even", "odd"]

    private let bytes: [UInt8]
    private var position = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The nodes of a template's text.
    static func parse(_ text: String) throws(Failure) -> [TemplateNode] {
        var parser = TemplateParser(text)
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
                nodes.append(.variable(name, escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let dynamic = position < bytes.count && bytes[position] == UInt8(ascii: "*")
                if dynamic { position += 1 }
                let name = try readPartialName()
                if !whiteSpace.isEmpty { nodes.append(.text(whiteSpace)) }
                standalone = endsLine(newLine)
                let indentation = standalone ? whiteSpace : nil
                if dynamic {
                    // The value is looked up by the name as written, dots aside: no transforms.
                    let components = name.split(separator: ".").map(String.init)
                    let scope: TemplateName.Scope =
                        components.isEmpty ? .current : name.first == "." ? .innermost : .stack
                    let lookUp = TemplateName(scope: scope, components: components, transforms: [], written: name)
                    nodes.append(.dynamicPartial(lookUp, indentation: indentation))
                } else {
                    nodes.append(.partial(name, indentation: indentation))
                }
                whiteSpace = []
            case UInt8(ascii: "%"):
                position += 1
                nodes.append(try readPragma(at: tagStart))
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
                nodes.append(.variable(try readName(), escaped: true))
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

    /// `CONTENT_TYPE:TEXT` or `CONTENT_TYPE:HTML`, up to and including `}}`.
    private mutating func readPragma(at tagStart: Int) throws(Failure) -> TemplateNode {
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
        case ("CONTENT_TYPE", "TEXT"): return .contentType(escapesHTML: false)
        case ("CONTENT_TYPE", "HTML"): return .contentType(escapesHTML: true)
        default:
            throw failure(
                "unknown pragma \(variable):\(value); known: CONTENT_TYPE:TEXT, CONTENT_TYPE:HTML", at: tagStart)
        }
    }

    /// `name`, `a.b`, `.a`, `.`, `t(name)`, `t(u(name))`, `t()`.
    private func templateName(_ text: String, at tagStart: Int) throws(Failure) -> TemplateName {
        var transforms: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            transforms.append(String(rest[..<open]))
            rest = rest[rest.index(after: open)...]
        }
        let closing = rest.drop { $0 != ")" }
        let base = rest[..<closing.startIndex]
        guard closing.count == transforms.count, closing.allSatisfy({ $0 == ")" }) else {
            throw failure("\(text): transforms are written t(name) or t()", at: tagStart)
        }
        let components = base.split(separator: ".").map(String.init)
        let scope: TemplateName.Scope =
            if base == "." || (base.isEmpty && transforms.isEmpty) {
                .current
            } else if base.isEmpty {
                .listPosition
            } else if base.first == "." {
                .innermost
            } else {
                .stack
            }
        let known = scope == .listPosition ? Self.positionTransforms : Self.valueTransforms
        for transform in transforms where !known.contains(transform) {
            throw failure(
                "\(text): no transform \(transform)(…); known: \(known.sorted().joined(separator: ", "))", at: tagStart)
        }
        if scope == .listPosition, transforms.count > 1 {
            throw failure("\(text): a list position takes one transform", at: tagStart)
        }
        return TemplateName(scope: scope, components: components, transforms: transforms, written: text)
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

    private func failure(_ message: String, at index: Int) -> Failure {
        Failure(message: message, line: 1 + bytes[..<min(index, bytes.count)].count { $0 == UInt8(ascii: "\n") })
    }
}
