import AliyunRuntime
import Foundation
import OSSEmulator

/// Starts an OSS emulator on a free loopback port for one test, and sends it requests signed with the runtime's
/// Signature V4 (the official SDK's own requests are sent by `Scripts/official-oss-interop`, in CI).
struct OSSHarness {
    static let key = Credentials(accessKeyId: "LTAI-oss", accessKeySecret: "oss-secret")
    static let bucket = "test-bucket"

    let emulator: OSSEmulator

    /// Runs `body` with an emulator holding one empty bucket, and stops it afterwards.
    static func with(
        maximumObjectBytes: Int = 1 << 20, maximumTotalBytes: Int = 4 << 20,
        now: @escaping @Sendable () -> Date = { Date() }, _ body: (OSSHarness) async throws -> Void
    ) async throws {
        let emulator = try await OSSEmulator.start(
            OSSEmulatorConfiguration(
                credentials: [key], maximumObjectBytes: maximumObjectBytes, maximumTotalBytes: maximumTotalBytes,
                buckets: [bucket], now: now))
        do {
            try await body(OSSHarness(emulator: emulator))
        } catch {
            await emulator.stop()
            throw error
        }
        await emulator.stop()
    }

    /// Sends a request signed in its `Authorization` header, path-style.
    func send(
        _ method: String, bucket: String? = Self.bucket, key: String? = nil, query: [OSSQueryItem] = [],
        headers: OSSHeaders = OSSHeaders(), body: [UInt8] = [], credentials: Credentials = Self.key,
        at date: Date = Date()
    ) async throws -> HTTPResponse {
        let request = OSSRequestToSign(
            method: method, bucket: bucket, key: key, query: query, headers: headers, region: "cn-hangzhou")
        let signature = OSSV4Signer.sign(request, credentials: credentials, at: date)
        return try await transmit(
            method, url: url(bucket: bucket, key: key, signature: signature), signature.headers, body)
    }

    /// A presigned URL, path-style.
    func presignedURL(
        _ method: String, key: String, expires: Int = 300, at date: Date = Date(), headers: OSSHeaders = OSSHeaders()
    ) -> String {
        let request = OSSRequestToSign(
            method: method, bucket: Self.bucket, key: key, headers: headers, region: "cn-hangzhou")
        let signature = OSSV4Signer.presign(request, credentials: Self.key, at: date, expires: expires)
        return url(bucket: Self.bucket, key: key, signature: signature)
    }

    func url(bucket: String?, key: String?, signature: OSSSignature) -> String {
        var path = "/"
        if let bucket { path += bucket + "/" }
        if let key { path += OSSPercentEncoding.path(key) }
        let query = signature.encodedQuery
        return emulator.url + path + (query.isEmpty ? "" : "?" + query)
    }

    /// Sends what is given, as given.
    func transmit(_ method: String, url: String, _ headers: OSSHeaders, _ body: [UInt8]) async throws -> HTTPResponse {
        try await AsyncHTTPClientTransport.shared.send(
            HTTPRequest(
                method: method, url: url, headers: headers.entries.map { (name: $0.name, value: $0.value) }, body: body),
            timeouts: Timeouts())
    }
}

extension HTTPResponse {
    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The `<Code>` of an error document (or of `x-oss-err`, for a HEAD).
    var errorCode: String? {
        var document = text
        if document.isEmpty, let encoded = headers["x-oss-err"], let data = Data(base64Encoded: encoded) {
            document = String(decoding: data, as: UTF8.self)
        }
        guard let start = document.range(of: "<Code>"), let end = document.range(of: "</Code>") else { return nil }
        return String(document[start.upperBound..<end.lowerBound])
    }
}
