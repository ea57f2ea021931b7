/// Writes an XML document element by element, escaping every text and attribute value, so that no value, however
/// hostile, can change the document's structure.
///
/// ```swift
/// var writer = XMLWriter()
/// writer.open("ListAllMyBucketsResult")
/// writer.element("Name", "example")
/// writer.close("ListAllMyBucketsResult")
/// writer.bytes  // <?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult><Name>example</Name>…
/// ```
public struct XMLWriter: Sendable {
    /// The document so far.
    public private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// Starts a document.
    public init() {}

    /// The document's UTF-8 bytes.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// Opens an element.
    public mutating func open(_ name: String, attributes: [(String, String)] = []) {
        text += "<" + name
        for (attribute, value) in attributes { text += " \(attribute)=\"\(Self.escape(value))\"" }
        text += ">"
    }

    /// Closes an element.
    public mutating func close(_ name: String) {
        text += "</\(name)>"
    }

    /// An element holding text.
    public mutating func element(_ name: String, _ value: String) {
        text += "<\(name)>\(Self.escape(value))</\(name)>"
    }

    /// An element holding text, when there is a value.
    public mutating func element(_ name: String, ifPresent value: String?) {
        if let value { element(name, value) }
    }

    /// The text with `&`, `<`, `>`, `"` and `'` escaped, and characters XML 1.0 cannot carry (controls other than
    /// tab, line feed and carriage return) dropped.
    public static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped
    }
}
