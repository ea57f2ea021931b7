import AliyunServerSupport
import EmulatorSupport
import Foundation
import HTTPTypes
import Hummingbird
import NIOConcurrencyHelpers
import NIOCore

/// Serves one request: the control endpoints under `/_emulator/`, else an API call verified, faulted,
/// routed and journaled.
struct EmulatorResponder: HTTPResponder {
    typealias Context = EmulatorRequestContext

    let verifier: RequestVerifier
    let router: OperationRouter
    let store: ImageStore
    let faults: FaultInjector
    let journal: RequestJournal
    let controlToken: ControlToken
    let stopping: ShutdownSignal

    /// Requests above this size are refused (the API's queries are far smaller).
    static let maxBodySize = 1 << 20

    func respond(to request: Request, context: Context) async throws -> Response {
        let target = request.head.path ?? "/"
        var body = try await request.body.collect(upTo: Self.maxBodySize)
        let bytes = body.readBytes(length: body.readableBytes) ?? []
        let headers = request.lowercasedHeaders
        if target.hasPrefix(ControlEndpoints.prefix) {
            return await controlToken.respond(to: headers, realm: "ecs-emulator") {
                await ControlEndpoints(store: store, faults: faults, journal: journal)
                    .answer(method: request.method.rawValue, target: target, body: bytes)
            }
        }
        let incoming = IncomingRequest(method: request.method.rawValue, target: target, headers: headers, body: bytes)
        let requestId = UUID().uuidString
        let hostId = (headers["host"] ?? "").split(separator: ":").first.map(String.init) ?? ""
        var entry = JournalEntry(
            action: incoming.headers["x-acs-action"] ?? incoming.parameter("Action"), requestId: requestId)
        let answer: ServedAnswer
        var retryAfter: Int?
        do throws(ServedError) {
            let call: VerifiedRequest
            if RequestVerifier.isUnsigned(incoming), let named = RequestVerifier.named(incoming),
                router.isAnonymous(action: named.action, version: named.version)
            {
                call = try await verifier.verifyAnonymous(incoming)
            } else {
                call = try await verifier.verify(incoming)
            }
            // The nonce of a verified call only: a refused request's nonce is whatever its sender chose.
            entry.nonce = incoming.headers["x-acs-signature-nonce"] ?? incoming.parameter("SignatureNonce")
            entry.signatureVersion = call.signatureVersion == .v3 ? "v3" : "v1"
            entry.accessKeyId = call.accessKeyId
            if let fault = await faults.take(for: call.action) {
                entry.fault = fault.kind.rawValue
                switch fault.kind {
                case .dropConnection:
                    await journal.record(entry)
                    context.channel.close(promise: nil)
                    return Response(status: .internalServerError)
                case .delay:
                    await stopping.delay(milliseconds: fault.delayMilliseconds ?? 0, unlessClosed: context.channel)
                case .error:
                    retryAfter = fault.retryAfterMilliseconds
                    throw ServedError(
                        status: fault.status ?? 400, code: fault.code ?? "Throttling.User",
                        message: "Injected by the emulator: \(fault.code ?? "Throttling.User").")
                }
            }
            answer = await router.answer(call, requestId: requestId, hostId: hostId)
        } catch {
            answer = .error(
                status: error.status, code: error.code, message: error.message, requestId: requestId,
                hostId: hostId, product: router.product(ofVersion: RequestVerifier.named(incoming)?.version ?? ""))
        }
        entry.status = answer.status
        entry.code = answer.code
        await journal.record(entry)
        var response = Self.response(answer, requestId: requestId)
        if let retryAfter { response.headers[Self.retryAfterHeader] = String(retryAfter) }
        return response
    }

    /// `x-acs-retry-after`: how long a throttled client should wait, in milliseconds.
    static let retryAfterHeader = fieldName("x-acs-retry-after")
    /// `x-acs-request-id`: the gateway's request ID, also in the body.
    static let requestIdHeader = fieldName("x-acs-request-id")

    /// A header name known to be valid.
    private static func fieldName(_ name: String) -> HTTPField.Name {
        guard let field = HTTPField.Name(name) else { preconditionFailure("\(name) is not a header name") }
        return field
    }

    static func response(_ answer: ServedAnswer, requestId: String?) -> Response {
        var headers: HTTPFields = [.contentType: ServedAnswer.contentType]
        if let requestId { headers[Self.requestIdHeader] = requestId }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
    }
}
