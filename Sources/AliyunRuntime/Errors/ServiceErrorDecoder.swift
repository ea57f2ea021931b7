import Foundation

/// Decodes an error answer's body: JSON `{"Code", "Message", "RequestId", …}` or XML `<Error>…</Error>`.
///
/// ROA services spell the JSON members in lower camel case (`code`, `message`, `requestId`) and some
/// in snake case (`request_id`); each spelling is read, the RPC one first.
public enum ServiceErrorDecoder {
    /// The service error the body describes, or an ``UnreadableErrorBody`` when it describes none.
    public static func decode(status: Int, body: [UInt8]) -> any Error {
        if let json = decodeJSON(status: status, body: body) { return json }
        if let xml = XMLErrorBody.decode(status: status, body: body) { return xml }
        return UnreadableErrorBody(httpStatus: status, body: body)
    }

    private struct Detail: Decodable {
        var accessDeniedDetail: AccessDeniedDetail?

        enum CodingKeys: String, CodingKey {
            case accessDeniedDetail = "AccessDeniedDetail"
        }
    }

    static func decodeJSON(status: Int, body: [UInt8]) -> ServiceError? {
        guard case .object(let members)? = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) else {
            return nil
        }
        // Each member is read on its own, a number as its digits (EDAS answers `"Code": 400`), so that
        // one member of an unexpected type never hides the others.
        func text(_ spellings: String...) -> String? {
            for spelling in spellings {
                switch members[spelling] {
                case .string(let value)?: return value
                case .integer(let value)?: return String(value)
                default: continue
                }
            }
            return nil
        }
        guard let code = text("Code", "code", "errorCode", "ErrorCode") else { return nil }
        let detail = try? JSONDecoder().decode(Detail.self, from: Data(body))
        return ServiceError(
            httpStatus: status, code: code, message: text("Message", "message", "errorMessage") ?? "",
            requestId: text("RequestId", "requestId", "request_id"), hostId: text("HostId", "hostId"),
            recommend: text("Recommend", "recommend"), accessDeniedDetail: detail?.accessDeniedDetail)
    }
}

/// An error answer whose body is neither JSON nor XML with a code.
public struct UnreadableErrorBody: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status.
    public var httpStatus: Int
    /// The first bytes of the body, as text (at most 256 bytes), secrets it quotes redacted
    /// (``Redaction/text(_:)``).
    public var bodyPrefix: String

    /// Keeps the status and the first 256 bytes, secrets redacted.
    public init(httpStatus: Int, body: [UInt8]) {
        self.httpStatus = httpStatus
        self.bodyPrefix = Redaction.text(String(decoding: body.prefix(256), as: UTF8.self))
    }

    /// The status and the start of the body.
    public var description: String { "HTTP \(httpStatus) with an unreadable body: \(bodyPrefix)" }
}
