import AliyunRuntime
import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// Makes OSS calls: addresses and signs each attempt afresh, streams the body both ways, compares CRC-64s, turns an
/// error answer into ``OSSServiceError``, and repeats a call that may be repeated after a connection failure or a
/// 5xx. The generated OSS client and the transfer managers stand on it.
public struct OSSCaller: Sendable {
    /// The configuration.
    public let configuration: OSSClientConfiguration

    /// A caller.
    public init(configuration: OSSClientConfiguration) {
        self.configuration = configuration
    }

    /// Sends a call and returns the answer once its head has arrived.
    ///
    /// - Throws: ``OSSServiceError`` for an error answer, ``OSSIntegrityError`` when OSS reports another CRC-64 of
    ///   the body than was sent, ``CredentialsError``, ``TimeoutError``, ``TransportError``.
    public func send(_ call: OSSCall) async throws -> OSSResponse {
        let credentials = try await configuration.credentials.credentials()
        let attempts = call.isIdempotent && call.body.isReplayable ? configuration.maximumAttempts : 1
        var number = 1
        while true {
            do {
                return try await attempt(call, credentials: credentials)
            } catch {
                guard number < attempts, Self.isRetryable(error) else { throw error }
                try await Task.sleep(for: .milliseconds(100 << min(number, 6)))
                number += 1
            }
        }
    }

    /// A presigned URL for the call, valid for `expires` (V4: at most 7 days).
    public func presign(_ call: OSSCall, expires: Duration) async throws -> String {
        let credentials = try await configuration.credentials.credentials()
        let request = toSign(call)
        let signature: OSSSignature
        switch configuration.signatureVersion {
        case .v4:
            signature = OSSV4Signer.presign(
                request, credentials: credentials, at: configuration.now(), expires: Int(expires.components.seconds))
        case .v1:
            signature = OSSV1Signer.presign(
                request, credentials: credentials,
                expiry: configuration.now() + TimeInterval(expires.components.seconds))
        }
        return url(call, query: signature.encodedQuery)
    }

    private func attempt(_ call: OSSCall, credentials: Credentials) async throws -> OSSResponse {
        let request = toSign(call)
        let signature =
            switch configuration.signatureVersion {
            case .v4: OSSV4Signer.sign(request, credentials: credentials, at: configuration.now())
            case .v1: OSSV1Signer.sign(request, credentials: credentials, at: configuration.now())
            }
        let crc = NIOLockedValueBox(CRC64())
        // The body's CRC-64 is computed whenever OSS reports it (a multipart upload combines the parts'), and
        // compared when the configuration says so.
        let computesBody = call.reportsBodyCRC
        let checksBody = configuration.checksUploadCRC && computesBody
        let body = call.body
        let stream = RequestBodyStream.chunks(length: body.length) {
            crc.withLockedValue { $0 = CRC64() }
            guard computesBody else { return body.make() }
            return AnyChunkSequence(next: {
                var chunks = body.make().makeAsyncIterator()
                return {
                    guard let chunk = try await chunks.next() else { return nil }
                    chunk.withUnsafeReadableBytes { bytes in crc.withLockedValue { $0.update(bytes) } }
                    return chunk
                }
            })
        }
        var headers = signature.headers.entries.map { (name: $0.name, value: $0.value) }
        if let length = body.length, !headers.contains(where: { $0.name.lowercased() == "content-length" }) {
            headers.append(("Content-Length", String(length)))
        }
        let response = try await configuration.transport.stream(
            StreamingHTTPRequest(
                method: call.method, url: url(call, query: signature.encodedQuery), headers: headers, body: stream),
            timeouts: configuration.timeouts)
        guard (200..<300).contains(response.status) || response.status == 304 else {
            let document = try await response.collect(upTo: 1 << 20)
            throw OSSServiceError(status: response.status, headers: response.headers, body: document)
        }
        let computed = computesBody ? crc.withLockedValue { $0.value } : nil
        if checksBody, let computed, let reported = response.headers["x-oss-hash-crc64ecma"].flatMap(UInt64.init),
            computed != reported
        {
            throw OSSIntegrityError(computed: computed, reported: reported, direction: "upload")
        }
        let wholeObject = call.method == "GET" && response.status == 200
        let expected =
            configuration.checksDownloadCRC && wholeObject
            ? response.headers["x-oss-hash-crc64ecma"].flatMap(UInt64.init) : nil
        return OSSResponse(
            status: response.status, headers: response.headers,
            body: OSSObjectStream(chunks: response.body, expectedCRC: expected), sentBodyCRC: computed)
    }

    private func toSign(_ call: OSSCall) -> OSSRequestToSign {
        OSSRequestToSign(
            method: call.method, bucket: call.bucket, key: call.key, query: call.query, headers: call.headers,
            region: configuration.region, subresources: call.subresources)
    }

    private func url(_ call: OSSCall, query: String) -> String {
        OSSAddressing.url(
            endpoint: configuration.endpoint, style: configuration.addressing, bucket: call.bucket, key: call.key,
            query: query)
    }

    /// A connection that failed before anything was sent, a 5xx, or throttling: worth another attempt.
    static func isRetryable(_ error: any Error) -> Bool {
        switch error {
        case let error as OSSServiceError: error.status >= 500 || error.status == 429
        case let error as TransportError: error.kind == .connect
        case is TimeoutError: true
        default: false
        }
    }
}
