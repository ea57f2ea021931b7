import AliyunRuntime
import AliyunXML
import Foundation

/// Reads an OSS answer into a generated response type: the XML document's root element's children are its
/// members (an element with children is an object, repeated elements a list, any other element its text), and the
/// response's header members come from the answer's headers. Read leniently, as every answer is.
enum OSSAnswerDecoder {
    static func decode<Response: Decodable>(
        _ type: Response.Type, action: String, status: Int, headers: [String: String], document: [UInt8],
        responseHeaders: [String: String]
    ) throws -> Response {
        var object: [String: JSONValue] = [:]
        let reply = RPCReply(status: status, body: document)
        if !document.isEmpty {
            do {
                if case .object(let members) = json(try XMLReader.read(document)) { object = members }
            } catch {
                throw ResponseDecodingError(action: action, reply: reply, underlying: String(describing: error))
            }
        }
        for (key, header) in responseHeaders {
            let name = header.lowercased()
            if name.hasSuffix("*") {
                let prefix = name.dropLast()
                var family: [String: JSONValue] = [:]
                for (header, value) in headers where header.hasPrefix(prefix) {
                    family[String(header.dropFirst(prefix.count))] = .string(value)
                }
                if !family.isEmpty { object[key] = .object(family) }
            } else if let value = headers[name] {
                object[key] = .string(value)
            }
        }
        let decoder = JSONDecoder()
        decoder.userInfo[.loneElementIsList] = true
        do {
            return try decoder.decode(Response.self, from: Data(JSONText.serialize(.object(object)).utf8))
        } catch {
            throw ResponseDecodingError(action: action, reply: reply, underlying: String(describing: error))
        }
    }

    /// An element as a JSON value: its text when it has no child elements, else an object of its children, a name
    /// that repeats a list.
    static func json(_ element: XMLTreeElement) -> JSONValue {
        guard !element.children.isEmpty else { return .string(element.text) }
        // Each name's elements gathered once, so a listing of thousands stays linear.
        let byName = Dictionary(grouping: element.children, by: \.name)
        return .object(byName.mapValues { $0.count == 1 ? json($0[0]) : .array($0.map(json)) })
    }
}
