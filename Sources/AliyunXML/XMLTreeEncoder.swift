/// Encodes an `Encodable` value as an XML document, its members as elements in the order the value encodes
/// them: a member is an element of its key's name; a list is its elements, each an element of the list's key
/// (`<Part>…</Part><Part>…</Part>`); a scalar is the element's text. Every text is escaped by ``XMLWriter``.
///
/// ```swift
/// XMLTreeEncoder.document(Tagging(tagSet: …), root: "Tagging")
/// // <?xml version="1.0" encoding="UTF-8"?>\n<Tagging><TagSet><Tag><Key>a</Key>…
/// ```
public enum XMLTreeEncoder {
    /// The document whose root element, `root`, holds `value`.
    ///
    /// - Parameters:
    ///   - value: The value; its `encode(to:)` decides the elements and their order.
    ///   - root: The root element's name.
    /// - Returns: The document's UTF-8 bytes.
    /// - Throws: Whatever `value`'s `encode(to:)` throws.
    public static func document(_ value: some Encodable, root: String) throws -> [UInt8] {
        let node = XMLEncodingNode()
        try value.encode(to: XMLNodeEncoder(node: node, codingPath: []))
        var writer = XMLWriter()
        node.write(named: root, to: &writer)
        return writer.bytes
    }
}

/// A value being encoded: text, members in order, or a list. A class, so that containers handed out by the
/// encoder fill the node their parent holds; its children are a stored array appended in place (a list of 10,000
/// parts stays linear).
final class XMLEncodingNode {
    enum Kind {
        case empty, text, members, list
    }

    var kind = Kind.empty
    var text = ""
    /// The members (named) or the list's items (names unused), in order.
    var children: [(name: String, node: XMLEncodingNode)] = []

    /// Makes the node a `kind` of container, keeping its children if it is one already.
    func become(_ container: Kind) {
        guard kind != container else { return }
        kind = container
        children = []
    }

    func append(member name: String) -> XMLEncodingNode {
        become(.members)
        let child = XMLEncodingNode()
        children.append((name, child))
        return child
    }

    func appendItem() -> XMLEncodingNode {
        become(.list)
        let child = XMLEncodingNode()
        children.append(("", child))
        return child
    }

    /// Writes the node as elements named `name`: one for text or members, one per item for a list.
    func write(named name: String, to writer: inout XMLWriter) {
        switch kind {
        case .empty: writer.element(name, "")
        case .text: writer.element(name, text)
        case .members:
            writer.open(name)
            for member in children { member.node.write(named: member.name, to: &writer) }
            writer.close(name)
        case .list:
            for item in children { item.node.write(named: name, to: &writer) }
        }
    }

    /// Stores a scalar as text, or lets any other value encode itself into this node.
    func store(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        if let text = Self.text(of: value) {
            kind = .text
            self.text = text
            children = []
        } else {
            try value.encode(to: XMLNodeEncoder(node: self, codingPath: codingPath))
        }
    }

    static func text(of value: some Encodable) -> String? {
        switch value {
        case let value as String: value
        case let value as Bool: value ? "true" : "false"
        case let value as Int: String(value)
        case let value as Int64: String(value)
        case let value as Int32: String(value)
        case let value as UInt64: String(value)
        case let value as UInt32: String(value)
        case let value as UInt: String(value)
        case let value as Double: decimal(value)
        case let value as Float: decimal(Double(value))
        default: nil
        }
    }

    /// A number without a fraction as an integer (`5`, not `5.0`).
    static func decimal(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

struct XMLNodeEncoder: Encoder {
    let node: XMLEncodingNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.become(.members)
        return KeyedEncodingContainer(XMLKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.become(.list)
        return XMLUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        XMLSingleValueContainer(node: node, codingPath: codingPath)
    }
}

struct XMLKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: XMLEncodingNode
    var codingPath: [any CodingKey]

    /// An absent value is no element.
    mutating func encodeNil(forKey key: Key) throws {}

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.append(member: key.stringValue).store(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        XMLNodeEncoder(node: node.append(member: key.stringValue), codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        XMLNodeEncoder(node: node.append(member: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        XMLNodeEncoder(node: node.append(member: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        XMLNodeEncoder(node: node.append(member: key.stringValue), codingPath: codingPath + [key])
    }
}

struct XMLUnkeyedContainer: UnkeyedEncodingContainer {
    let node: XMLEncodingNode
    var codingPath: [any CodingKey]
    var count: Int {
        node.kind == .list ? node.children.count : 0
    }

    /// A `null` element is no element.
    mutating func encodeNil() throws {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.appendItem().store(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        XMLNodeEncoder(node: node.appendItem(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        XMLNodeEncoder(node: node.appendItem(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        XMLNodeEncoder(node: node.appendItem(), codingPath: codingPath)
    }
}

struct XMLSingleValueContainer: SingleValueEncodingContainer {
    let node: XMLEncodingNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        node.kind = .empty
        node.children = []
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.store(value, codingPath: codingPath)
    }
}
