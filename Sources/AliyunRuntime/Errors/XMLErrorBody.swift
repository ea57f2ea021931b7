import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `<Error><Code>…</Code><Message>…</Message><RequestId>…</RequestId><HostId>…</HostId></Error>`.
enum XMLErrorBody {
    static func decode(status: Int, body: [UInt8]) -> ServiceError? {
        let collector = Collector()
        let parser = XMLParser(data: Data(body))
        parser.delegate = collector
        guard parser.parse(), let code = collector.fields["Code"] else { return nil }
        return ServiceError(
            httpStatus: status, code: code, message: collector.fields["Message"] ?? "",
            requestId: collector.fields["RequestId"], hostId: collector.fields["HostId"],
            recommend: collector.fields["Recommend"])
    }

    /// Collects the text of the root's direct children.
    private final class Collector: NSObject, XMLParserDelegate {
        var fields: [String: String] = [:]
        private var depth = 0
        private var current: String?
        private var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            depth += 1
            if depth == 2 {
                current = elementName
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if depth == 2 { text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            if depth == 2, let current, fields[current] == nil {
                fields[current] = text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            depth -= 1
        }
    }
}
