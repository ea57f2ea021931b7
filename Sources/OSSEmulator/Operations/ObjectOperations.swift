import AliyunRuntime
import AliyunXML
import Crypto
import Foundation

extension OSSOperations {
    /// PutObject: the body as the object; `Content-MD5` checked when sent; `x-oss-forbid-overwrite: true` refuses
    /// to replace an object.
    func putObject(_ bucket: String, _ key: String, _ request: OSSIncomingRequest) async throws(OSSFailure)
        -> OSSAnswer
    {
        guard OSSNaming.isValidObjectKey(key) else { throw OSSFailure(.invalidObjectName, [("Key", key)]) }
        let digest = Array(Insecure.MD5.hash(data: request.body))
        try Self.checkDigest(request, digest: digest)
        let object = StoredObject(
            data: request.body, etag: StoredObject.etag(digest: digest), crc64: CRC64.checksum(request.body),
            contentType: request.headers["content-type"] ?? "application/octet-stream",
            metadata: Self.metadata(request.headers), lastModified: now(), type: "Normal",
            storageClass: request.headers["x-oss-storage-class"] ?? "Standard")
        try await store.put(
            object, bucket: bucket, key: key, forbidOverwrite: request.headers["x-oss-forbid-overwrite"] == "true")
        return OSSAnswer(
            headers: [
                ("ETag", object.etag), ("x-oss-hash-crc64ecma", String(object.crc64)),
                ("Content-MD5", Data(digest).base64EncodedString()),
            ])
    }

    /// CopyObject: `x-oss-copy-source: /bucket/key` (the key URL-encoded); metadata copied, or replaced with
    /// `x-oss-metadata-directive: REPLACE`.
    func copyObject(_ bucket: String, _ key: String, _ request: OSSIncomingRequest) async throws(OSSFailure)
        -> OSSAnswer
    {
        guard OSSNaming.isValidObjectKey(key) else { throw OSSFailure(.invalidObjectName, [("Key", key)]) }
        let (sourceBucket, sourceKey) = try Self.copySource(request)
        let source = try await store.object(bucket: sourceBucket, key: sourceKey)
        try Self.checkConditions(source, request.headers, prefix: "x-oss-copy-source-")
        var copy = source
        copy.lastModified = now()
        copy.type = "Normal"
        copy.etag = StoredObject.simpleETag(source.data)
        if request.headers["x-oss-metadata-directive"] == "REPLACE" {
            copy.metadata = Self.metadata(request.headers)
            copy.contentType = request.headers["content-type"] ?? "application/octet-stream"
        }
        if let storageClass = request.headers["x-oss-storage-class"] { copy.storageClass = storageClass }
        try await store.put(
            copy, bucket: bucket, key: key, forbidOverwrite: request.headers["x-oss-forbid-overwrite"] == "true")
        var writer = XMLWriter()
        writer.open("CopyObjectResult")
        writer.element("ETag", copy.etag)
        writer.element("LastModified", Self.iso8601(copy.lastModified))
        writer.close("CopyObjectResult")
        return .xml(writer, headers: [("x-oss-hash-crc64ecma", String(copy.crc64))])
    }

    /// GetObject and HeadObject: the object (or its headers), a `Range` as 206 with `Content-Range`, conditions as
    /// 304 or 412, `response-*` parameters overriding the answer's headers.
    func getObject(_ bucket: String, _ key: String, _ request: OSSIncomingRequest, head: Bool) async throws(OSSFailure)
        -> OSSAnswer
    {
        let object = try await store.object(bucket: bucket, key: key)
        if let notModified = try Self.checkConditions(object, request.headers, prefix: "") { return notModified }
        var headers = Self.objectHeaders(object)
        for (parameter, header) in Self.responseOverrides {
            guard let value = request.parameter(parameter) else { continue }
            headers.removeAll { $0.0 == header }
            headers.append((header, value))
        }
        if let range = request.headers["range"], let (start, end) = try Self.range(range, size: object.data.count) {
            headers.append(("Content-Range", "bytes \(start)-\(end)/\(object.data.count)"))
            return OSSAnswer(status: 206, headers: headers, body: head ? [] : Array(object.data[start...end]))
        }
        if head { headers.append(("Content-Length", String(object.data.count))) }
        return OSSAnswer(headers: headers, body: head ? [] : object.data)
    }

    func deleteObject(_ bucket: String, _ key: String) async throws(OSSFailure) -> OSSAnswer {
        try await store.delete(bucket: bucket, key: key)
        return OSSAnswer(status: 204)
    }

    /// The `response-*` query parameters and the headers they set.
    static let responseOverrides = [
        ("response-content-type", "Content-Type"), ("response-content-language", "Content-Language"),
        ("response-expires", "Expires"), ("response-cache-control", "Cache-Control"),
        ("response-content-disposition", "Content-Disposition"), ("response-content-encoding", "Content-Encoding"),
    ]

    /// `bytes=a-b`, `bytes=a-` or `bytes=-n` as inclusive offsets; nil (the whole object) for a range that is not of
    /// that form, as OSS ignores it; `InvalidRange` for one that starts past the end.
    static func range(_ text: String, size: Int) throws(OSSFailure) -> (Int, Int)? {
        guard text.hasPrefix("bytes="), !text.contains(",") else { return nil }
        let parts = text.dropFirst("bytes=".count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let first = Int(parts[0])
        let last = Int(parts[1])
        switch (first, last, parts[0].isEmpty, parts[1].isEmpty) {
        case (let start?, let end?, false, false):
            guard start <= end else { return nil }
            guard start < size else { throw OSSFailure(.invalidRange) }
            return (start, min(end, size - 1))
        case (let start?, nil, false, true):
            guard start < size else { throw OSSFailure(.invalidRange) }
            return (start, size - 1)
        case (nil, let suffix?, true, false):
            guard suffix > 0, size > 0 else { throw OSSFailure(.invalidRange) }
            return (max(0, size - suffix), size - 1)
        default:
            return nil
        }
    }

    /// `If-Match`, `If-None-Match`, `If-Modified-Since`, `If-Unmodified-Since` (with `prefix` for a copy's source):
    /// a 304 answer for a GET whose object has not changed, `PreconditionFailed` when a condition fails.
    @discardableResult
    static func checkConditions(_ object: StoredObject, _ headers: [String: String], prefix: String)
        throws(OSSFailure) -> OSSAnswer?
    {
        func unquoted(_ text: String) -> String { text.trimmingCharacters(in: ["\"", " "]) }
        if let match = headers[prefix + "if-match"], unquoted(match) != unquoted(object.etag) {
            throw OSSFailure(.preconditionFailed, [("Condition", "If-Match")])
        }
        if let since = headers[prefix + "if-unmodified-since"].flatMap(Self.httpDate),
            object.lastModified.timeIntervalSince(since) >= 1
        {
            throw OSSFailure(.preconditionFailed, [("Condition", "If-Unmodified-Since")])
        }
        let notModified = OSSAnswer(status: 304, headers: [("ETag", object.etag)])
        if let none = headers[prefix + "if-none-match"], unquoted(none) == unquoted(object.etag) {
            if prefix.isEmpty { return notModified }
            throw OSSFailure(.preconditionFailed, [("Condition", "If-None-Match")])
        }
        if let since = headers[prefix + "if-modified-since"].flatMap(Self.httpDate),
            object.lastModified.timeIntervalSince(since) < 1
        {
            if prefix.isEmpty { return notModified }
            throw OSSFailure(.preconditionFailed, [("Condition", "If-Modified-Since")])
        }
        return nil
    }

    /// `Content-MD5`, when sent, must be the body's.
    static func checkDigest(_ request: OSSIncomingRequest, digest: [UInt8]? = nil) throws(OSSFailure) {
        guard let sent = request.headers["content-md5"] else { return }
        guard sent == Data(digest ?? Array(Insecure.MD5.hash(data: request.body))).base64EncodedString() else {
            throw OSSFailure(.invalidDigest)
        }
    }

    /// `x-oss-copy-source: /bucket/key`, the key URL-encoded.
    static func copySource(_ request: OSSIncomingRequest) throws(OSSFailure) -> (String, String) {
        let raw = request.headers["x-oss-copy-source"] ?? ""
        let path = OSSIncomingRequest.split(raw).path
        guard let decoded = OSSIncomingRequest.percentDecoded(path), decoded.hasPrefix("/") else {
            throw OSSFailure(.invalidArgument, message: "x-oss-copy-source is invalid.")
        }
        let trimmed = decoded.dropFirst()
        guard let slash = trimmed.firstIndex(of: "/") else {
            throw OSSFailure(.invalidArgument, message: "x-oss-copy-source names no object.")
        }
        return (String(trimmed[..<slash]), String(trimmed[trimmed.index(after: slash)...]))
    }

    /// An HTTP date (`EEE, dd MMM yyyy HH:mm:ss GMT`), as the runtime writes it (`ROASigner.httpDate`).
    static func httpDate(_ text: String) -> Date? {
        try? Date(text, strategy: httpDateStrategy)
    }

    /// How an HTTP date is read (a value, made once, not a formatter per request).
    static let httpDateStrategy = Date.ParseStrategy(
        format: """
            \(weekday: .abbreviated), \(day: .twoDigits) \(month: .abbreviated) \(year: .defaultDigits) \
            \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits) GMT
            """,
        locale: Locale(identifier: "en_US_POSIX"), timeZone: .gmt)
}
