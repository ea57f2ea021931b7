import AliyunRuntime
import AliyunXML
import Foundation

/// What the OSS operations do to the store, each answered as OSS answers it.
struct OSSOperations: Sendable {
    let store: OSSObjectStore
    let now: @Sendable () -> Date
    /// The region buckets are created in and reported from.
    let region: String

    func answer(_ request: OSSIncomingRequest, as operation: OSSOperation) async throws(OSSFailure) -> OSSAnswer {
        switch operation {
        case .listBuckets: return await listBuckets(request)
        case .createBucket(let bucket): return try await createBucket(bucket)
        case .deleteBucket(let bucket): return try await deleteBucket(bucket)
        case .listMultipartUploads(let bucket): return try await listUploads(bucket, request)
        case .getBucketLocation(let bucket): return try await location(bucket)
        case .listObjectsV2(let bucket): return try await listObjects(bucket, request, version: 2)
        case .listObjects(let bucket): return try await listObjects(bucket, request, version: 1)
        case .deleteMultipleObjects(let bucket): return try await deleteMultiple(bucket, request)
        case .uploadPart(let bucket, let key): return try await uploadPart(bucket, key, request)
        case .copyObject(let bucket, let key): return try await copyObject(bucket, key, request)
        case .putObject(let bucket, let key): return try await putObject(bucket, key, request)
        case .listParts(let bucket, let key): return try await listParts(bucket, key, request)
        case .getObject(let bucket, let key): return try await getObject(bucket, key, request, head: false)
        case .headObject(let bucket, let key): return try await getObject(bucket, key, request, head: true)
        case .abortMultipartUpload(let bucket, let key): return try await abortUpload(bucket, key, request)
        case .deleteObject(let bucket, let key): return try await deleteObject(bucket, key)
        case .initiateMultipartUpload(let bucket, let key): return try await initiateUpload(bucket, key, request)
        case .completeMultipartUpload(let bucket, let key): return try await completeUpload(bucket, key, request)
        }
    }

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
