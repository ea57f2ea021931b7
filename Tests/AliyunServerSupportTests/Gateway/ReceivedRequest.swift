import AliyunRuntime
import AliyunServerSupport
import Foundation

/// What a server receives when a client sends a request: the target (path and query) as the URL writes it, the
/// headers by lower-case name, the body.
enum ReceivedRequest {
    /// `sent` as a server reads it, then changed by `edit` (what someone on the way might do).
    static func from(_ sent: HTTPRequest, edit: (inout IncomingRequest) -> Void = { _ in }) -> IncomingRequest {
        var target = Substring(sent.url)
        if let scheme = target.range(of: "://") { target = target[scheme.upperBound...] }
        target = target[(target.firstIndex(of: "/") ?? target.endIndex)...]
        var headers: [String: String] = [:]
        for header in sent.headers { headers[header.name.lowercased()] = header.value }
        var request = IncomingRequest(method: sent.method, target: String(target), headers: headers, body: sent.body)
        edit(&request)
        return request
    }

    /// A signed request as a server reads it, then changed by `edit`.
    static func from(_ signed: SignedRequest, edit: (inout IncomingRequest) -> Void = { _ in }) -> IncomingRequest {
        from(signed.httpRequest(endpoint: ServiceEndpoint(host: "api.example")), edit: edit)
    }

    /// Whether `verifier` refuses `request`, and with what.
    static func refusal(_ request: IncomingRequest, by verifier: RequestVerifier) async -> ServedError? {
        do {
            _ = try await verifier.verify(request)
            return nil
        } catch {
            return error
        }
    }
}
