import AliyunRuntime
import AliyunServerSupport
import Foundation
import HTTPTypes
import Hummingbird
import NIOConcurrencyHelpers
import NIOCore

/// Serves one request to an emulator of Alibaba Cloud's signed API: the control endpoints under `/_emulator/` for a
/// caller holding the control token, else an API call verified as the gateway verifies it, faulted when a fault is
/// waiting, answered by ``Service/answer(_:incoming:requestId:hostId:)`` and journaled.
public struct SignedAPIResponder<Service: SignedAPIService>: HTTPResponder {
    /// The context of one request.
    public typealias Context = EmulatorRequestContext

    let verifier: RequestVerifier
    let service: Service
    let faults: FaultInjector
    let journal: RequestJournal
    let controlToken: ControlToken
    let stopping: ShutdownSignal
    let realm: String

    /// A responder for `service`.
    ///
    /// - Parameters:
    ///   - verifier: Checks signatures, timestamps, nonces and tokens.
    ///   - service: Answers verified calls and the emulator's own control endpoints.
    ///   - faults: The faults waiting.
    ///   - journal: The calls received.
    ///   - controlToken: The secret the control endpoints require.
    ///   - stopping: Cut short by a shutdown, so a delay fault does not hold it up.
    ///   - realm: The emulator's name in the control endpoints' challenge.
    public init(
        verifier: RequestVerifier, service: Service, faults: FaultInjector, journal: RequestJournal,
        controlToken: ControlToken, stopping: ShutdownSignal, realm: String
    ) {
        self.verifier = verifier
        self.service = service
        self.faults = faults
        self.journal = journal
        self.controlToken = controlToken
        self.stopping = stopping
        self.realm = realm
    }

    /// Requests above this size are refused (the API's queries and JSON bodies are far smaller).
    public static var maxBodySize: Int { 1 << 20 }

    /// Serves one request.
    public func respond(to request: Request, context: Context) async throws -> Response {
        let target = request.head.path ?? "/"
        var body = try await request.body.collect(upTo: Self.maxBodySize)
        let bytes = body.readBytes(length: body.readableBytes) ?? []
        let headers = request.lowercasedHeaders
        if target.hasPrefix(FaultAndJournalEndpoints.prefix) {
            return await controlToken.respond(to: headers, realm: realm) {
                await service.control(method: request.method.rawValue, target: target, body: bytes)
            }
        }
        let incoming = IncomingRequest(method: request.method.rawValue, target: target, headers: headers, body: bytes)
        let requestId = RandomUUID.text()
        let hostId = (headers["host"] ?? "").split(separator: ":").first.map(String.init) ?? ""
        var entry = JournalEntry(
            action: incoming.headers["x-acs-action"] ?? incoming.parameter("Action"), requestId: requestId)
        let answer: ServedAnswer
        var retryAfter: Int?
        do throws(ServedError) {
            let call: VerifiedRequest
            if RequestVerifier.isUnsigned(incoming), let named = RequestVerifier.named(incoming),
                service.isAnonymous(action: named.action, version: named.version)
            {
                call = try await verifier.verifyAnonymous(incoming)
            } else {
                call = try await verifier.verify(incoming)
            }
            // The nonce of a verified call only: a refused request's nonce is whatever its sender chose.
            entry.nonce = incoming.headers["x-acs-signature-nonce"] ?? incoming.parameter("SignatureNonce")
            entry.signatureVersion = call.signatureVersion == .v3 ? "v3" : "v1"
            entry.accessKeyId = call.accessKeyId
            // Where the call goes is decided once, for the faults of its product and for its answer.
            let target = service.target(of: call, incoming: incoming)
            if let fault = await faults.take(for: call.action, product: service.product(of: target)) {
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
            answer = await service.answer(
                call, target: target, incoming: incoming, requestId: requestId, hostId: hostId)
        } catch {
            answer = .error(
                status: error.status, code: error.code, message: error.message, requestId: requestId,
                hostId: hostId, product: service.product(ofVersion: RequestVerifier.named(incoming)?.version ?? ""))
        }
        entry.status = answer.status
        entry.code = answer.code
        await journal.record(entry)
        var response = Self.response(answer, requestId: requestId)
        if let retryAfter { response.headers[Self.retryAfterHeader] = String(retryAfter) }
        return response
    }

    /// `x-acs-retry-after`: how long a throttled client should wait, in milliseconds.
    static var retryAfterHeader: HTTPField.Name { fieldName("x-acs-retry-after") }
    /// `x-acs-request-id`: the gateway's request ID, also in the body.
    static var requestIdHeader: HTTPField.Name { fieldName("x-acs-request-id") }

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

/// What an emulator of the signed API answers: verified calls, and its control endpoints beyond the faults and
/// the journal.
public protocol SignedAPIService: Sendable {
    /// Where a verified call goes: the handler or operation that answers it, decided once per call.
    associatedtype Target: Sendable
    /// Where a verified call goes.
    func target(of call: VerifiedRequest, incoming: IncomingRequest) -> Target
    /// The product a call's target belongs to, for faults of one product; nil when unknown.
    func product(of target: Target) -> String?
    /// The answer to a verified call, at its target.
    func answer(_ call: VerifiedRequest, target: Target, incoming: IncomingRequest, requestId: String, hostId: String)
        async -> ServedAnswer
    /// Whether the action of this version is served unsigned.
    func isAnonymous(action: String, version: String) -> Bool
    /// The product code of an API version, for `Recommend` links.
    func product(ofVersion version: String) -> String
    /// The answer to a control request (the caller checked the token).
    func control(method: String, target: String, body: [UInt8]) async -> ServedAnswer
}
