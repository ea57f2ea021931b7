import AliyunRuntime
import AliyunServerSupport
import EmulatorSupport
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Serves one request: the control endpoints under `/_emulator/` (faults and the journal, for whoever holds the
/// control token), else an API call read within the size limit, addressed, verified, faulted, answered and journaled;
/// every failure as OSS's `<Error>` document with `x-oss-request-id`.
struct OSSResponder: HTTPResponder {
    typealias Context = EmulatorRequestContext

    let verifier: OSSRequestVerifier
    let operations: OSSOperations
    let domain: String
    let maximumBodyBytes: Int
    let faults: FaultInjector
    let journal: RequestJournal
    let controlToken: ControlToken
    let stopping: ShutdownSignal

    func respond(to request: Request, context: Context) async throws -> Response {
        let requestId = UUID().uuidString.replacingOccurrences(of: "-", with: "").uppercased()
        let method = request.method.rawValue
        let headers = request.lowercasedHeaders
        let target = request.head.path ?? "/"
        if target.hasPrefix(FaultAndJournalEndpoints.prefix) {
            // The faults and the journal, for whoever holds the control token.
            return try await controlToken.respond(to: headers, realm: "oss-emulator") {
                var body = try await request.body.collect(upTo: 1 << 20)
                return await FaultAndJournalEndpoints(faults: faults, journal: journal)
                    .answer(method: method, target: target, body: body.readBytes(length: body.readableBytes) ?? [])
            }
        }
        let hostId = headers["host"].map { String($0.split(separator: ":").first ?? "") } ?? ""
        var entry = JournalEntry(requestId: requestId)
        let answer: OSSAnswer
        do throws(OSSFailure) {
            let bytes: [UInt8]
            do {
                var body = try await request.body.collect(upTo: maximumBodyBytes)
                bytes = body.readBytes(length: body.readableBytes) ?? []
            } catch {
                throw OSSFailure(.entityTooLarge)
            }
            guard
                let incoming = OSSIncomingRequest(
                    method: method, target: target, headers: headers, body: bytes, domain: domain)
            else { throw OSSFailure(.invalidArgument, message: "The request's path or query is not valid UTF-8.") }
            if let bucket = incoming.bucket, incoming.isPostObject {
                // A browser form: signed in its fields, not in its headers (OSS ignores those).
                entry.action = "PostObject"
                let form = try OSSPostForm(contentType: headers["content-type"] ?? "", body: bytes)
                let key = try await verifier.verifyPost(form, bucket: bucket)
                (entry.accessKeyId, entry.signatureVersion) = (key.accessKeyId, "v4")
                try await injectFault(for: "PostObject", into: &entry, context: context)
                answer = try await operations.postObject(bucket, form)
            } else {
                // Named before it is verified, so the journal names refused calls too; refused as unknown after.
                let operation = Result { () throws(OSSFailure) in try OSSOperation.of(incoming) }
                entry.action = try? operation.get().name
                let verified = try await verifier.verify(incoming)
                (entry.accessKeyId, entry.signatureVersion) = (verified.key.accessKeyId, verified.version)
                let named = try operation.get()
                try await injectFault(for: named.name, into: &entry, context: context)
                answer = try await operations.answer(incoming, as: named)
            }
        } catch let failure {
            if failure.dropsConnection {
                await journal.record(entry)
                context.channel.close(promise: nil)
                return Response(status: .internalServerError)
            }
            answer = .failure(failure, requestId: requestId, hostId: hostId, method: method)
            entry.code = failure.error.code
        }
        entry.status = answer.status
        await journal.record(entry)
        return Self.response(answer, requestId: requestId, head: method == "HEAD")
    }

    /// Applies the first fault waiting for `operation`: an error answered (OSS's document, `ServiceUnavailable`
    /// 503 unless the fault says otherwise), a delay, or the connection dropped.
    private func injectFault(for operation: String, into entry: inout JournalEntry, context: Context)
        async throws(OSSFailure)
    {
        guard let fault = await faults.take(for: operation) else { return }
        entry.fault = fault.kind.rawValue
        switch fault.kind {
        case .delay: await stopping.delay(milliseconds: fault.delayMilliseconds ?? 0, unlessClosed: context.channel)
        case .dropConnection: throw OSSFailure.dropConnection
        case .error:
            let code = fault.code ?? "ServiceUnavailable"
            throw OSSFailure(
                OSSErrorCode(code: code, status: fault.status ?? 503, message: "Injected by the emulator: \(code)."))
        }
    }

    static func response(_ answer: OSSAnswer, requestId: String, head: Bool) -> Response {
        var fields = HTTPFields()
        if let name = HTTPField.Name("x-oss-request-id") { fields[name] = requestId }
        fields[.server] = "AliyunOSS"
        fields[.date] = ROASigner.httpDate(Date())
        for (name, value) in answer.headers {
            guard let field = HTTPField.Name(name) else { continue }
            fields[field] = value
        }
        let body: ResponseBody =
            head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        return Response(status: HTTPResponse.Status(code: answer.status), headers: fields, body: body)
    }
}
