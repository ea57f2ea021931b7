/// An element of an XML document read by ``XMLReader``: its name, attributes, character data and child
/// elements, in document order. Comments and processing instructions are dropped.
public struct XMLTreeElement: Sendable, Hashable {
    /// The element's name, as written (with its prefix, if any).
    public var name: String
    /// The attributes, by name.
    public var attributes: [String: String]
    /// The character data directly inside the element (CDATA included), its parts joined.
    public var text: String
    /// The child elements, in document order.
    public var children: [XMLTreeElement]

    /// Creates an element.
    public init(
        name: String, attributes: [String: String] = [:], text: String = "", children: [XMLTreeElement] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    /// The first child element named `name`.
    public func child(_ name: String) -> XMLTreeElement? {
        children.first { $0.name == name }
    }

    /// Every child element named `name`, in order.
    public func children(named name: String) -> [XMLTreeElement] {
        children.filter { $0.name == name }
    }

    /// The text of the first child element named `name`.
    public func text(of name: String) -> String? {
        child(name)?.text
    }
}
