import AliyunRuntime
import AliyunXML
import Foundation

/// The OSS operations the emulator serves, told apart as OSS tells them: by method, whether the request names a
/// bucket and a key, and its sub-resource (`?uploads`, `?uploadId=`, `?delete`, `?list-type=2`, …). Anything else
/// answers `NotImplemented` (501).
struct OSSOperations: Sendable {
    let store: OSSObjectStore
    let now: @Sendable () -> Date
    /// The region buckets are created in and reported from.
    let region: String

    func answer(_ request: OSSIncomingRequest) async throws(OSSFailure) -> OSSAnswer {
        let query = request.operationQuery
        switch (request.method, request.bucket, request.key) {
        case ("GET", nil, nil): return await listBuckets(request)
        case (_, nil, _): throw OSSFailure(.methodNotAllowed)
        case ("PUT", let bucket?, nil) where query.isEmpty: return try await createBucket(bucket)
        case ("DELETE", let bucket?, nil) where query.isEmpty: return try await deleteBucket(bucket)
        case ("GET", let bucket?, nil) where request.has("uploads"): return try await listUploads(bucket, request)
        case ("GET", let bucket?, nil) where request.has("location"): return try await location(bucket)
        case ("GET", let bucket?, nil) where request.parameter("list-type") == "2":
            return try await listObjects(bucket, request, version: 2)
        case ("GET", let bucket?, nil) where query.allSatisfy { Self.listParameters.contains($0.name) }:
            return try await listObjects(bucket, request, version: 1)
        case ("POST", let bucket?, nil) where request.has("delete"): return try await deleteMultiple(bucket, request)
        case ("PUT", let bucket?, let key?) where request.has("uploadId") && request.has("partNumber"):
            return try await uploadPart(bucket, key, request)
        case ("PUT", let bucket?, let key?) where query.isEmpty:
            return request.headers["x-oss-copy-source"] != nil
                ? try await copyObject(bucket, key, request) : try await putObject(bucket, key, request)
        case ("GET", let bucket?, let key?) where request.has("uploadId"):
            return try await listParts(bucket, key, request)
        case ("GET", let bucket?, let key?) where query.allSatisfy { $0.name.hasPrefix("response-") }:
            return try await getObject(bucket, key, request, head: false)
        case ("HEAD", let bucket?, let key?) where query.isEmpty:
            return try await getObject(bucket, key, request, head: true)
        case ("DELETE", let bucket?, let key?) where request.has("uploadId"):
            return try await abortUpload(bucket, key, request)
        case ("DELETE", let bucket?, let key?) where query.isEmpty: return try await deleteObject(bucket, key)
        case ("POST", let bucket?, let key?) where request.has("uploads"):
            return try await initiateUpload(bucket, key, request)
        case ("POST", let bucket?, let key?) where request.has("uploadId"):
            return try await completeUpload(bucket, key, request)
        default:
            throw OSSFailure(.notImplemented)
        }
    }

    /// The parameters of ListObjects (version 1); a bucket GET with others is another operation.
    static let listParameters: Set<String> = ["prefix", "delimiter", "marker", "max-keys", "encoding-type"]

    // MARK: - Shared pieces

    /// `2026-12-07T08:09:10.000Z`, as listings write times.
    static func iso8601(_ date: Date) -> String {
        date.formatted(listingTime)
    }

    /// How listings write times (a value, made once).
    static let listingTime = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// The `x-oss-meta-*` headers, names in lower case.
    static func metadata(_ headers: [String: String]) -> [String: String] {
        headers.filter { $0.key.hasPrefix("x-oss-meta-") }
    }

    /// A key in a listing: URL-encoded when the request asked for `encoding-type=url`.
    static func listed(_ text: String, _ request: OSSIncomingRequest) -> String {
        request.parameter("encoding-type") == "url" ? PercentEncoding.rfc3986(text) : text
    }

    /// The headers OSS sends about an object.
    static func objectHeaders(_ object: StoredObject) -> [(String, String)] {
        [
            ("Content-Type", object.contentType), ("ETag", object.etag),
            ("Last-Modified", ROASigner.httpDate(object.lastModified)),
            ("x-oss-hash-crc64ecma", String(object.crc64)), ("x-oss-object-type", object.type),
            ("x-oss-storage-class", object.storageClass), ("Accept-Ranges", "bytes"),
        ] + object.metadata.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
