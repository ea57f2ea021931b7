import AliyunRuntime
import AliyunXML
import Crypto
import Foundation

/// What generated OSS client methods do after validating: put the request on the wire (bucket, key, sub-resource,
/// query, headers, body), send it through an ``OSSCaller``, and read the answer's document and headers into the
/// response type, or the error into the operation's typed error.
public enum OSSOperationInvoker {
    /// The answer documents read whole, at most this many bytes (a listing of 1,000 keys is about 400 KiB).
    public static let maximumDocumentBytes = 16 << 20

    /// Runs one operation whose answer is an XML document, or nothing, and headers.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - action: The operation's name, for errors.
    ///   - method: `GET`, `PUT`, `POST`, `DELETE`, `HEAD`.
    ///   - path: The path template: `/{key}` or `/`, its query naming the sub-resource (`/?acl`, `/{key}?uploads`).
    ///   - body: The raw body of an operation that sends bytes (PutObject, UploadPart); nil for the others.
    ///   - caller: Signs and sends.
    ///   - response: The response type, read from the document's root element's children and the headers.
    ///   - failure: The operation's error type.
    ///   - responseHeaders: The response's members that are headers: JSON key → header name (`x-oss-meta-*`
    ///     collects a family into an object).
    ///   - isIdempotent: Whether a failed attempt may be repeated.
    /// - Returns: The decoded answer.
    /// - Throws: `failure` for an OSS error answer; ``OSSIntegrityError`` when the CRC-64s differ;
    ///   ``ResponseDecodingError`` for a document that is not XML; ``OSSRequestEncodingError``, ``ROAPathError``;
    ///   whatever the caller throws for credentials, timeouts and transport.
    public static func invoke<Request: OSSRequestEncodable, Response: Decodable & Sendable, Failure: OperationError>(
        _ request: Request, action: String, method: String, path: String, body: OSSBody? = nil, caller: OSSCaller,
        response: Response.Type, failure: Failure.Type, responseHeaders: [String: String] = [:],
        isIdempotent: Bool
    ) async throws -> Response {
        let call = try makeCall(request, method: method, path: path, body: body, isIdempotent: isIdempotent)
        let answer = try await send(call, caller: caller, failure: failure)
        let document = try await answer.bytes(upTo: maximumDocumentBytes)
        return try OSSAnswerDecoder.decode(
            Response.self, action: action, status: answer.status, headers: answer.headers, document: document,
            responseHeaders: responseHeaders)
    }

    /// Runs one operation whose answer is an object's bytes: the answer's headers decoded, the body as it arrives.
    ///
    /// - Returns: The headers as `Response`, and the body (read it once; a whole object's CRC-64 is checked at its
    ///   end).
    /// - Throws: As ``invoke(_:action:method:path:body:caller:response:failure:responseHeaders:isIdempotent:)``.
    public static func download<Request: OSSRequestEncodable, Response: Decodable & Sendable, Failure: OperationError>(
        _ request: Request, action: String, method: String, path: String, caller: OSSCaller,
        response: Response.Type, failure: Failure.Type, responseHeaders: [String: String] = [:],
        isIdempotent: Bool
    ) async throws -> OSSDownload<Response> {
        let call = try makeCall(request, method: method, path: path, body: nil, isIdempotent: isIdempotent)
        let answer = try await send(call, caller: caller, failure: failure)
        let metadata = try OSSAnswerDecoder.decode(
            Response.self, action: action, status: answer.status, headers: answer.headers, document: [],
            responseHeaders: responseHeaders)
        return OSSDownload(metadata: metadata, status: answer.status, body: answer.body)
    }

    /// The call a request makes: the template's path filled with the path values (the key, not encoded: the
    /// addressing encodes it), the template's query first (its names are sub-resources V1 signs), then the
    /// request's query members; an XML body gets its `Content-Type` and `Content-MD5` unless given.
    static func makeCall<Request: OSSRequestEncodable>(
        _ request: Request, method: String, path: String, body: OSSBody?, isIdempotent: Bool
    ) throws -> OSSCall {
        var parts = OSSRequestEncoder()
        try request.encodeOSS(to: &parts)
        var queryEncoder = RPCQueryEncoder()
        try request.encode(to: &queryEncoder)
        let template = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var query: [OSSQueryItem] = []
        for item in (template.count > 1 ? template[1] : "").split(separator: "&") {
            let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            query.append(OSSQueryItem(String(pair[0]), pair.count > 1 ? String(pair[1]) : ""))
        }
        let subresources = Set(query.map(\.name))
        query += queryEncoder.items.map { OSSQueryItem($0.name, $0.value) }
        let key: String
        do {
            key = try ROARequestEncoder.expand(String(template[0].drop { $0 == "/" }), values: parts.pathValues) {
                value, _ in value
            }
        } catch {
            throw ROAPathError(template: path, parameter: error.parameter)
        }
        var headers = parts.headers
        var sent = body ?? .empty
        if let document = parts.body {
            if headers["Content-Type"] == nil { headers.set("Content-Type", document.contentType) }
            if headers["Content-MD5"] == nil {
                headers.set("Content-MD5", Data(Insecure.MD5.hash(data: document.bytes)).base64EncodedString())
            }
            sent = OSSBody(bytes: document.bytes)
        }
        return OSSCall(
            method: method, bucket: parts.hostValues["bucket"] ?? parts.hostValues.values.first,
            key: key.isEmpty ? nil : key, query: query, headers: headers, body: sent, isIdempotent: isIdempotent,
            reportsBodyCRC: body != nil && (method == "PUT" || method == "POST"), subresources: subresources)
    }

    private static func send<Failure: OperationError>(
        _ call: OSSCall, caller: OSSCaller, failure: Failure.Type
    ) async throws -> OSSResponse {
        do {
            return try await caller.send(call)
        } catch let error as OSSServiceError {
            throw Failure(error.serviceError)
        }
    }
}

/// An object's answer: its headers decoded as the operation's response, and its bytes as they arrive.
public struct OSSDownload<Metadata: Sendable>: Sendable {
    /// The answer's headers, decoded (`ETag`, `Content-Length`, `x-oss-meta-*`, …).
    public var metadata: Metadata
    /// 200, or 206 for a range, or 304 when a condition says the copy held is current.
    public var status: Int
    /// The bytes, read once.
    public var body: OSSObjectStream

    /// The whole body, refused beyond `limit` bytes.
    ///
    /// - Parameter limit: The most bytes to hold.
    /// - Returns: The bytes.
    /// - Throws: When the body is longer than `limit`, the transport fails, or its CRC-64 does not match.
    public func bytes(upTo limit: Int = 64 << 20) async throws -> [UInt8] {
        try await body.collectBytes(upTo: limit)
    }
}

extension OSSServiceError {
    /// The error as the runtime's ``ServiceError``, which generated operation errors wrap.
    public var serviceError: ServiceError {
        ServiceError(
            httpStatus: status, code: code, message: message, requestId: requestId.isEmpty ? nil : requestId,
            hostId: fields["HostId"], recommend: fields["RecommendDoc"])
    }
}
