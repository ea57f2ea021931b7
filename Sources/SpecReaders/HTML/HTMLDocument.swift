import CLibXML2

/// An HTML document parsed by libxml2's HTML parser, navigated with XPath.
///
/// Parsing is in recover mode with network access forbidden and no entity loading; parse
/// errors are not printed (malformed markup is the norm on the web and recover mode repairs it).
final class HTMLDocument {
    private static let parserInitialised: Void = xmlInitParser()

    private let document: htmlDocPtr

    /// Parses the bytes as UTF-8 HTML; nil when libxml2 produces no document at all.
    init?(bytes: [UInt8], url: String) {
        _ = Self.parserInitialised
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        guard bytes.count < Int32.max else { return nil }
        let parsed = bytes.withUnsafeBytes { raw in
            htmlReadMemory(
                raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), url, "UTF-8", options)
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element, if any.
    var root: HTMLNode? {
        xmlDocGetRootElement(document).map(HTMLNode.init)
    }

    /// Nodes matching `expression`, in document order, evaluated relative to `context` (or the document).
    func nodes(_ expression: String, relativeTo context: HTMLNode? = nil) -> [HTMLNode] {
        guard let xpath = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(xpath) }
        if let context { xpath.pointee.node = context.pointer }
        guard let result = xmlXPathEvalExpression(expression, xpath) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, let table = set.pointee.nodeTab else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { table[$0].map(HTMLNode.init) }
    }
}

/// A node of an ``HTMLDocument``; valid while the document lives.
struct HTMLNode {
    let pointer: xmlNodePtr

    /// Lower-case element name; empty for non-elements.
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The text of a text node.
    var content: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// The 1-based line of the node's start tag.
    var line: Int { Int(xmlGetLineNo(pointer)) }

    /// Child nodes in order.
    var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(HTMLNode(pointer: current))
            child = current.pointee.next
        }
        return result
    }

    /// Element children in order.
    var elementChildren: [HTMLNode] { children.filter(\.isElement) }

    /// The value of attribute `name` (ASCII case-insensitive), if present.
    func attribute(_ name: String) -> String? {
        var property = pointer.pointee.properties
        while let current = property {
            if let propertyName = current.pointee.name, String(cString: propertyName).lowercased() == name {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }

    /// Whether the `class` attribute contains a class that contains `fragment`.
    func hasClass(containing fragment: String) -> Bool {
        guard let classes = attribute("class") else { return false }
        return classes.lowercased().split(separator: " ").contains { $0.contains(fragment) }
    }

    /// All text below this node, in order, white space folded.
    var text: String {
        var buffer = ""
        appendText(to: &buffer, skipping: { _ in false })
        return InlineText.fold(buffer)
    }

    /// Elements nested deeper than this below a cell are not read (libxml2 caps depth too).
    static let maximumTextDepth = 256

    /// All text below this node except inside elements for which `skip` is true.
    func appendText(to buffer: inout String, skipping skip: (HTMLNode) -> Bool, depth: Int = 0) {
        guard depth < Self.maximumTextDepth else { return }
        for child in children {
            if child.isText {
                buffer += child.content
            } else if child.isElement, !skip(child), child.name != "script", child.name != "style" {
                if child.name == "br" { buffer += " " }
                child.appendText(to: &buffer, skipping: skip, depth: depth + 1)
            }
        }
    }
}
