import AliyunServerSupport
import Hummingbird
import NIOCore

extension Request {
    /// The headers by lower-case name, the first of a repeated one; HTTPTypes carries the HTTP/1.1 Host header as
    /// the authority, not as a field, so it is added as `host`.
    public var lowercasedHeaders: [String: String] {
        var headers: [String: String] = head.authority.map { ["host": $0] } ?? [:]
        for field in self.headers where headers[field.name.canonicalName] == nil {
            headers[field.name.canonicalName] = field.value
        }
        return headers
    }
}

extension ControlToken {
    /// The response to a request for a control endpoint with these headers: `answer()`'s for one holding the
    /// token, else 401 with a `Bearer` challenge for `realm`; JSON either way.
    ///
    /// - Parameters:
    ///   - headers: The request's headers, names in lower case.
    ///   - realm: The emulator's name in the challenge (`oss-emulator`).
    ///   - answer: The control endpoints' answer, asked for only when the token is held.
    /// - Returns: The HTTP response.
    public func respond(
        to headers: [String: String], realm: String, answer: () async throws -> ServedAnswer
    ) async rethrows -> Response {
        let admitted = admits(headers: headers)
        let served = admitted ? try await answer() : FaultAndJournalEndpoints.unauthorized
        var fields: HTTPFields = [.contentType: ServedAnswer.contentType]
        if !admitted { fields[.wwwAuthenticate] = #"Bearer realm="\#(realm)""# }
        return Response(
            status: HTTPResponse.Status(code: served.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(string: served.body)))
    }
}
