import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an XML document into a tree of ``XMLTreeElement``s with Foundation's streaming parser: no external
/// entities or DTDs are resolved, and the input's size and nesting are bounded, so a hostile document costs at most
/// what the limits allow.
public enum XMLReader {
    /// Bounds on what is read.
    public struct Limits: Sendable {
        /// The largest document, in bytes.
        public var maximumBytes: Int
        /// The deepest nesting of elements.
        public var maximumDepth: Int
        /// The most elements in the document.
        public var maximumElements: Int

        /// Creates limits.
        public init(maximumBytes: Int = 8 << 20, maximumDepth: Int = 64, maximumElements: Int = 1_000_000) {
            self.maximumBytes = maximumBytes
            self.maximumDepth = maximumDepth
            self.maximumElements = maximumElements
        }
    }

    /// Parses a document and returns its root element.
    ///
    /// - Throws: ``XMLReadError`` for a malformed document or one beyond the limits.
    public static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws(XMLReadError) -> XMLTreeElement {
        guard bytes.count <= limits.maximumBytes else {
            throw XMLReadError(message: "the document is larger than \(limits.maximumBytes) bytes", line: 0)
        }
        guard bytes.contains(where: { $0 == UInt8(ascii: "<") }) else {
            throw XMLReadError(message: "not an XML document", line: 1)
        }
        // A DOCTYPE is how entity expansion attacks start; the OSS API never sends one.
        if bytes.firstRange(of: Array("<!DOCTYPE".utf8)) != nil || bytes.firstRange(of: Array("<!ENTITY".utf8)) != nil {
            throw XMLReadError(message: "document type declarations are not accepted", line: 1)
        }
        let builder = TreeBuilder(limits: limits)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        let parsed = parser.parse()
        if let failure = builder.failure { throw failure }
        guard parsed, let root = builder.root else {
            throw XMLReadError(
                message: parser.parserError.map { "malformed XML: \($0.localizedDescription)" } ?? "malformed XML",
                line: parser.lineNumber)
        }
        return root
    }
}

/// Why a document could not be read, and where.
public struct XMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The 1-based line (0 when it concerns the whole document).
    public var line: Int

    /// Creates the error.
    public init(message: String, line: Int) {
        self.message = message
        self.line = line
    }

    /// `line N: message`.
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// The parser's delegate: a stack of open elements.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    let limits: XMLReader.Limits
    var stack: [XMLTreeElement] = []
    var root: XMLTreeElement?
    var elements = 0
    var failure: XMLReadError?

    init(limits: XMLReader.Limits) {
        self.limits = limits
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        elements += 1
        if stack.count >= limits.maximumDepth {
            fail(parser, "elements nested deeper than \(limits.maximumDepth)")
        } else if elements > limits.maximumElements {
            fail(parser, "more than \(limits.maximumElements) elements")
        }
        stack.append(XMLTreeElement(name: qualifiedName ?? elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        if failure == nil { failure = XMLReadError(message: message, line: parser.lineNumber) }
        parser.abortParsing()
    }
}
