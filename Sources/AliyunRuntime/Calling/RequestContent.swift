/// A request body that is not a form: the bytes sent and their media type.
public struct RequestContent: Sendable, Hashable {
    /// The media type of JSON bodies, as the official SDKs send it.
    public static let jsonContentType = "application/json; charset=utf-8"

    /// The body's bytes, exactly as sent and signed.
    public var bytes: [UInt8]
    /// The `content-type` header sent with the body.
    public var contentType: String

    /// Creates a body from its bytes and media type.
    public init(bytes: [UInt8], contentType: String) {
        self.bytes = bytes
        self.contentType = contentType
    }

    /// Raw bytes (`application/octet-stream`), as the official SDKs send a stream body.
    public static func raw(_ bytes: [UInt8]) -> RequestContent {
        RequestContent(bytes: bytes, contentType: "application/octet-stream")
    }

    /// A JSON body, serialised as the official SDKs serialise one (see ``JSONText``); a string is
    /// sent as it is, unquoted, as the official SDKs send a string body.
    public static func json(_ value: JSONValue) -> RequestContent {
        if case .string(let text) = value {
            return RequestContent(bytes: Array(text.utf8), contentType: jsonContentType)
        }
        return RequestContent(bytes: Array(JSONText.serialize(value).utf8), contentType: jsonContentType)
    }
}
