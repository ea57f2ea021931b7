import Foundation

/// Renders parsed templates against view models, into UTF-8 bytes.
///
/// The rules are those of Mustache as swift-mustache renders them: a name is looked for in the innermost context
/// that has it, then outwards; a section over a list renders once per element, over a flag when it is true, over
/// anything else once with it as the innermost context; a partial starts with HTML escaping until its
/// `{{%CONTENT_TYPE:TEXT}}`. Every look-up asks the view model (``TemplateContext/child(named:)``), which says
/// what its value is, so rendering never reflects over or casts a value.
struct TemplateEngine: Sendable {
    /// Parsed templates by name.
    let templates: [String: [TemplateNode]]

    /// The text of `template` rendered with `context`; nil when no template has that name.
    func render(_ template: String, context: any TemplateContext) -> [UInt8]? {
        guard let nodes = templates[template] else { return nil }
        var output = Output(stack: [.context(context)])
        output.bytes.reserveCapacity(16 * 1024)
        render(nodes, into: &output, position: nil, indentation: [], escapesHTML: true)
        return output.bytes
    }

    /// Where rendering writes, and the contexts open around it, innermost last.
    private struct Output {
        var bytes: [UInt8] = []
        var stack: [TemplateValue]
    }

    /// The place of the element being rendered in its list.
    private struct ListPosition {
        var index: Int
        var count: Int
    }

    private func render(
        _ nodes: [TemplateNode], into output: inout Output, position: ListPosition?, indentation: [UInt8],
        escapesHTML: Bool
    ) {
        var escapesHTML = escapesHTML
        let start = output.bytes.count
        for node in nodes {
            // A partial's indentation goes before any node that writes something at the start of a line.
            guard !indentation.isEmpty, output.bytes.count > start, endsWithLineBreak(output.bytes) else {
                render(node, into: &output, position: position, indentation: indentation, escapesHTML: &escapesHTML)
                continue
            }
            output.bytes.append(contentsOf: indentation)
            let written = output.bytes.count
            render(node, into: &output, position: position, indentation: indentation, escapesHTML: &escapesHTML)
            if output.bytes.count == written { output.bytes.removeLast(indentation.count) }
        }
    }

    private func render(
        _ node: TemplateNode, into output: inout Output, position: ListPosition?, indentation: [UInt8],
        escapesHTML: inout Bool
    ) {
        switch node {
        case .text(let text):
            output.bytes.append(contentsOf: text)
        case .variable(let name, let escaped):
            guard let value = resolve(name, in: output.stack, position: position) else { return }
            write(value, escaped: escaped && escapesHTML, into: &output.bytes)
        case .section(let name, let children, let inverted):
            let value = resolve(name, in: output.stack, position: position)
            if inverted {
                renderInverted(
                    value, children, into: &output, position: position, indentation: indentation, escapesHTML)
            } else {
                renderSection(value, children, into: &output, position: position, indentation: indentation, escapesHTML)
            }
        case .partial(let name, let own):
            guard let partial = templates[name] else { return }
            render(partial, into: &output, position: nil, indentation: Self.joined(indentation, own), escapesHTML: true)
        case .dynamicPartial(let name, let own):
            guard case .text(let template) = resolve(name, in: output.stack, position: position),
                let partial = templates[template]
            else { return }
            render(partial, into: &output, position: nil, indentation: Self.joined(indentation, own), escapesHTML: true)
        case .contentType(let escapes):
            escapesHTML = escapes
        }
    }

    /// A partial's indentation inside the current one; no new array when the partial adds none.
    private static func joined(_ indentation: [UInt8], _ own: [UInt8]?) -> [UInt8] {
        guard let own, !own.isEmpty else { return indentation }
        return indentation + own
    }

    private func renderSection(
        _ value: TemplateValue?, _ children: [TemplateNode], into output: inout Output, position: ListPosition?,
        indentation: [UInt8], _ escapesHTML: Bool
    ) {
        switch value {
        case nil, .flag(false):
            return
        case .flag(true):
            render(children, into: &output, position: position, indentation: indentation, escapesHTML: escapesHTML)
        case .list(let elements):
            for index in 0..<elements.count {
                output.stack.append(elements.element(at: index))
                render(
                    children, into: &output, position: ListPosition(index: index, count: elements.count),
                    indentation: indentation, escapesHTML: escapesHTML)
                output.stack.removeLast()
            }
        case .some(let value):
            output.stack.append(value)
            render(children, into: &output, position: nil, indentation: indentation, escapesHTML: escapesHTML)
            output.stack.removeLast()
        }
    }

    private func renderInverted(
        _ value: TemplateValue?, _ children: [TemplateNode], into output: inout Output, position: ListPosition?,
        indentation: [UInt8], _ escapesHTML: Bool
    ) {
        switch value {
        case nil, .flag(false):
            render(children, into: &output, position: position, indentation: indentation, escapesHTML: escapesHTML)
        case .list(let elements) where elements.count == 0:
            output.stack.append(.list(elements))
            render(children, into: &output, position: nil, indentation: indentation, escapesHTML: escapesHTML)
            output.stack.removeLast()
        default:
            return
        }
    }

    // MARK: Names

    private func resolve(_ name: TemplateName, in stack: [TemplateValue], position: ListPosition?) -> TemplateValue? {
        var value: TemplateValue?
        switch name.scope {
        case .current:
            value = stack.last
        case .innermost:
            value = stack.last.flatMap { lookUp(name.components[...], in: $0) }
        case .stack:
            value = nil
            let first = name.components[0]
            // Innermost first, by index: no reversed copy of the stack, and no copy of a value that is not a context.
            var index = stack.endIndex
            while index != stack.startIndex {
                index -= 1
                guard case .context(let object) = stack[index], let found = object.child(named: first) else { continue }
                value =
                    name.components.count == 1
                    ? found.templateValue : lookUp(name.components.dropFirst(), in: found.templateValue)
                break
            }
        case .listPosition:
            guard let position, let transform = name.transforms.first else { return nil }
            return Self.transform(position, transform)
        }
        for transform in name.transforms.reversed() {
            guard let current = value else { return nil }
            value = Self.transform(current, transform)
        }
        return value
    }

    /// The value of the dotted `components` inside `value`.
    private func lookUp(_ components: ArraySlice<String>, in value: TemplateValue) -> TemplateValue? {
        var value = value
        for component in components {
            guard case .context(let object) = value, let child = object.child(named: component) else { return nil }
            value = child.templateValue
        }
        return value
    }

    private static func transform(_ value: TemplateValue, _ transform: String) -> TemplateValue? {
        switch (value, transform) {
        case (.list(let elements), "empty"): .flag(elements.count == 0)
        case (.list(let elements), "count"): .text(String(elements.count))
        case (.list(let elements), "first"): elements.count == 0 ? nil : elements.element(at: 0)
        case (.list(let elements), "last"): elements.count == 0 ? nil : elements.element(at: elements.count - 1)
        case (.list(let elements), "reversed"): .list((0..<elements.count).reversed().map(elements.element(at:)))
        case (.text(let text), "empty"): .flag(text.isEmpty)
        case (.text(let text), "lowercased"): .text(text.lowercased())
        case (.text(let text), "uppercased"): .text(text.uppercased())
        case (.text(let text), "reversed"): .text(String(text.reversed()))
        case (.text(let text), "capitalized"): .text(text.capitalized)
        default: nil
        }
    }

    private static func transform(_ position: ListPosition, _ transform: String) -> TemplateValue? {
        switch transform {
        case "first": .flag(position.index == 0)
        case "last": .flag(position.index == position.count - 1)
        case "index": .text(String(position.index))
        case "even": .flag(position.index & 1 == 0)
        case "odd": .flag(position.index & 1 == 1)
        default: nil
        }
    }

    // MARK: Writing

    private func write(_ value: TemplateValue, escaped: Bool, into bytes: inout [UInt8]) {
        let text: String
        switch value {
        case .text(let string): text = string
        case .flag(let flag): text = flag ? "true" : "false"
        case .context, .list: text = String(describing: Self.plain(value))
        }
        guard escaped else { return bytes.append(contentsOf: text.utf8) }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
    }

    /// The value as plain Swift values (`String`, `Bool`, arrays of them, the context itself), which is what a
    /// variable tag naming a list or a context prints, as swift-mustache prints it.
    private static func plain(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .context(let object): object
        case .list(let elements): (0..<elements.count).map { plain(elements.element(at: $0)) }
        }
    }

    /// Whether the text ends with `\n` that is not part of `\r\n` (a line break swift-mustache counts as one
    /// character, which is not `\n`).
    private func endsWithLineBreak(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last, last == UInt8(ascii: "\n") else { return false }
        return bytes.count < 2 || bytes[bytes.count - 2] != UInt8(ascii: "\r")
    }
}
