import AliyunRuntime
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Serves one request: read within the size limit, addressed, verified, answered; every failure as OSS's `<Error>`
/// document with `x-oss-request-id`.
struct OSSResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let verifier: OSSRequestVerifier
    let operations: OSSOperations
    let domain: String
    let maximumBodyBytes: Int

    func respond(to request: Request, context: Context) async throws -> Response {
        let requestId = UUID().uuidString.replacingOccurrences(of: "-", with: "").uppercased()
        let method = request.method.rawValue
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        let hostId = headers["host"].map { String($0.split(separator: ":").first ?? "") } ?? ""
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
                    method: method, target: request.head.path ?? "/", headers: headers, body: bytes, domain: domain)
            else { throw OSSFailure(.invalidArgument, message: "The request's path or query is not valid UTF-8.") }
            if let bucket = incoming.bucket, incoming.isPostObject {
                // A browser form: signed in its fields, not in its headers (OSS ignores those).
                let form = try OSSPostForm(contentType: headers["content-type"] ?? "", body: bytes)
                _ = try await verifier.verifyPost(form, bucket: bucket)
                answer = try await operations.postObject(bucket, form)
            } else {
                _ = try await verifier.verify(incoming)
                answer = try await operations.answer(incoming)
            }
        } catch {
            answer = .failure(error, requestId: requestId, hostId: hostId, method: method)
        }
        return Self.response(answer, requestId: requestId, head: method == "HEAD")
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
