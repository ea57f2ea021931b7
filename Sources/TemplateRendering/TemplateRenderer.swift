/// One rendering: the bytes written so far, the contexts open around the tag being rendered, innermost last, and
/// the template it is in, for errors.
struct TemplateRenderer {
    let engine: TemplateEngine
    /// The index of the template being rendered.
    var template: Int
    var stack: [TemplateValue]
    var bytes: [UInt8] = []

    init(engine: TemplateEngine, template: Int, stack: [TemplateValue]) {
        self.engine = engine
        self.template = template
        self.stack = stack
        bytes.reserveCapacity(16 * 1024)
    }

    /// The place of the element being rendered in its list.
    struct ListPosition {
        var index: Int
        var count: Int
    }

    mutating func render(_ nodes: [TemplateNode], position: ListPosition?, indentation: [UInt8])
        throws(TemplateError)
    {
        let start = bytes.count
        for node in nodes {
            // A partial's indentation goes before any node that writes something at the start of a line.
            guard !indentation.isEmpty, bytes.count > start, endsWithLineBreak() else {
                try render(node, position: position, indentation: indentation)
                continue
            }
            bytes.append(contentsOf: indentation)
            let written = bytes.count
            try render(node, position: position, indentation: indentation)
            if bytes.count == written { bytes.removeLast(indentation.count) }
        }
    }

    private mutating func render(_ node: TemplateNode, position: ListPosition?, indentation: [UInt8])
        throws(TemplateError)
    {
        switch node {
        case .text(let text):
            bytes.append(contentsOf: text)
        case .variable(let name):
            try write(resolve(name, position: position), name)
        case .section(let name, let children, let inverted):
            let value = try resolve(name, position: position)
            if inverted {
                try renderInverted(value, children, position: position, indentation: indentation)
            } else {
                try renderSection(value, children, position: position, indentation: indentation)
            }
        case .partial(let tag):
            guard let index = tag.index else { throw failure("no template named \"\(tag.name)\"", line: tag.line) }
            try renderPartial(index, indentation: Self.joined(indentation, tag.indentation))
        case .dynamicPartial(let name, let own):
            switch try resolve(name, position: position) {
            case .absent:
                return
            case .text(let partial):
                guard let index = engine.indices[partial] else {
                    throw failure("{{>*\(name.written)}}: no template named \"\(partial)\"", line: name.line)
                }
                try renderPartial(index, indentation: Self.joined(indentation, own))
            default:
                throw failure("{{>*\(name.written)}} names no text, so no template", line: name.line)
            }
        }
    }

    private mutating func renderPartial(_ index: Int, indentation: [UInt8]) throws(TemplateError) {
        let enclosing = template
        template = index
        try render(engine.bodies[index], position: nil, indentation: indentation)
        template = enclosing
    }

    /// A partial's indentation inside the current one; no new array when the partial adds none.
    private static func joined(_ indentation: [UInt8], _ own: [UInt8]?) -> [UInt8] {
        guard let own, !own.isEmpty else { return indentation }
        return indentation + own
    }

    private mutating func renderSection(
        _ value: TemplateValue, _ children: [TemplateNode], position: ListPosition?, indentation: [UInt8]
    ) throws(TemplateError) {
        switch value {
        case .absent, .flag(false):
            return
        case .flag(true):
            try render(children, position: position, indentation: indentation)
        case .list(let elements):
            for index in elements.indices {
                stack.append(elements[index])
                try render(
                    children, position: ListPosition(index: index, count: elements.count), indentation: indentation)
                stack.removeLast()
            }
        case .text, .object:
            stack.append(value)
            try render(children, position: nil, indentation: indentation)
            stack.removeLast()
        }
    }

    private mutating func renderInverted(
        _ value: TemplateValue, _ children: [TemplateNode], position: ListPosition?, indentation: [UInt8]
    ) throws(TemplateError) {
        switch value {
        case .absent, .flag(false):
            try render(children, position: position, indentation: indentation)
        case .list(let elements) where elements.isEmpty:
            stack.append(value)
            try render(children, position: nil, indentation: indentation)
            stack.removeLast()
        default:
            return
        }
    }

    private mutating func write(_ value: TemplateValue, _ name: TemplateName) throws(TemplateError) {
        switch value {
        case .text(let text): bytes.append(contentsOf: text.utf8)
        case .flag(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .absent: return
        case .list: throw failure("{{\(name.written)}} names a list, which has no text", line: name.line)
        case .object: throw failure("{{\(name.written)}} names an object, which has no text", line: name.line)
        }
    }

    func failure(_ message: String, line: Int) -> TemplateError {
        TemplateError(template: engine.names[template], line: line, message: message)
    }

    /// Whether the text ends with `\n` that is not part of `\r\n` (a line break swift-mustache counts as one
    /// character, which is not `\n`).
    private func endsWithLineBreak() -> Bool {
        guard let last = bytes.last, last == UInt8(ascii: "\n") else { return false }
        return bytes.count < 2 || bytes[bytes.count - 2] != UInt8(ascii: "\r")
    }
}
