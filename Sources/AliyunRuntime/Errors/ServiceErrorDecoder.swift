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

    private struct JSONBody: Decodable {
        var code: String?
        var message: String?
        var requestId: String?
        var hostId: String?
        var recommend: String?
        var accessDeniedDetail: AccessDeniedDetail?

        enum CodingKeys: String, CodingKey {
            case code = "Code"
            case message = "Message"
            case requestId = "RequestId"
            case hostId = "HostId"
            case recommend = "Recommend"
            case accessDeniedDetail = "AccessDeniedDetail"
        }
    }

    static func decodeJSON(status: Int, body: [UInt8]) -> ServiceError? {
        guard let decoded = try? JSONDecoder().decode(JSONBody.self, from: Data(body)),
            case .object(let members)? = try? JSONDecoder().decode(JSONValue.self, from: Data(body))
        else { return nil }
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
        guard let code = decoded.code ?? text("code", "errorCode", "ErrorCode") else { return nil }
        return ServiceError(
            httpStatus: status, code: code, message: decoded.message ?? text("message", "errorMessage") ?? "",
            requestId: decoded.requestId ?? text("requestId", "request_id"),
            hostId: decoded.hostId ?? text("hostId"), recommend: decoded.recommend ?? text("recommend"),
            accessDeniedDetail: decoded.accessDeniedDetail)
    }
}

/// An error answer whose body is neither JSON nor XML with a code.
public struct UnreadableErrorBody: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status.
    public var httpStatus: Int
    /// The first bytes of the body, as text (at most 256 bytes).
    public var bodyPrefix: String

    /// Keeps the status and the first 256 bytes.
    public init(httpStatus: Int, body: [UInt8]) {
        self.httpStatus = httpStatus
        self.bodyPrefix = String(decoding: body.prefix(256), as: UTF8.self)
    }

    /// The status and the start of the body.
    public var description: String { "HTTP \(httpStatus) with an unreadable body: \(bodyPrefix)" }
}
