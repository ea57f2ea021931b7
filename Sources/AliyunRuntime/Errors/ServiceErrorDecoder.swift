import Foundation

/// Decodes an error answer's body: JSON `{"Code", "Message", "RequestId", …}` or XML `<Error>…</Error>`.
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
        guard let decoded = try? JSONDecoder().decode(JSONBody.self, from: Data(body)), let code = decoded.code else {
            return nil
        }
        return ServiceError(
            httpStatus: status, code: code, message: decoded.message ?? "", requestId: decoded.requestId,
            hostId: decoded.hostId, recommend: decoded.recommend, accessDeniedDetail: decoded.accessDeniedDetail)
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
