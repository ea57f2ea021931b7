/// The OSS operations the emulator serves, told apart as OSS tells them: by method, whether the request names a
/// bucket and a key, and its sub-resource (`?uploads`, `?uploadId=`, `?delete`, `?list-type=2`, …). The name is
/// the operation's in OSS's API (what faults and the journal call it).
enum OSSOperation: Sendable, Hashable {
    case listBuckets
    case createBucket(bucket: String)
    case deleteBucket(bucket: String)
    case listMultipartUploads(bucket: String)
    case getBucketLocation(bucket: String)
    case listObjectsV2(bucket: String)
    case listObjects(bucket: String)
    case deleteMultipleObjects(bucket: String)
    case uploadPart(bucket: String, key: String)
    case copyObject(bucket: String, key: String)
    case putObject(bucket: String, key: String)
    case listParts(bucket: String, key: String)
    case getObject(bucket: String, key: String)
    case headObject(bucket: String, key: String)
    case abortMultipartUpload(bucket: String, key: String)
    case deleteObject(bucket: String, key: String)
    case initiateMultipartUpload(bucket: String, key: String)
    case completeMultipartUpload(bucket: String, key: String)

    /// The parameters of ListObjects (version 1); a bucket GET with others is another operation.
    static let listParameters: Set<String> = ["prefix", "delimiter", "marker", "max-keys", "encoding-type"]

    /// The operation a request names.
    ///
    /// - Throws: `MethodNotAllowed` for an object or bucket request without a bucket; `NotImplemented` for any
    ///   operation the emulator does not serve.
    static func of(_ request: OSSIncomingRequest) throws(OSSFailure) -> OSSOperation {
        let query = request.operationQuery
        switch (request.method, request.bucket, request.key) {
        case ("GET", nil, nil): return .listBuckets
        case (_, nil, _): throw OSSFailure(.methodNotAllowed)
        case ("PUT", let bucket?, nil) where query.isEmpty: return .createBucket(bucket: bucket)
        case ("DELETE", let bucket?, nil) where query.isEmpty: return .deleteBucket(bucket: bucket)
        case ("GET", let bucket?, nil) where request.has("uploads"): return .listMultipartUploads(bucket: bucket)
        case ("GET", let bucket?, nil) where request.has("location"): return .getBucketLocation(bucket: bucket)
        case ("GET", let bucket?, nil) where request.parameter("list-type") == "2":
            return .listObjectsV2(bucket: bucket)
        case ("GET", let bucket?, nil) where query.allSatisfy({ listParameters.contains($0.name) }):
            return .listObjects(bucket: bucket)
        case ("POST", let bucket?, nil) where request.has("delete"): return .deleteMultipleObjects(bucket: bucket)
        case ("PUT", let bucket?, let key?) where request.has("uploadId") && request.has("partNumber"):
            return .uploadPart(bucket: bucket, key: key)
        case ("PUT", let bucket?, let key?) where query.isEmpty:
            return request.headers["x-oss-copy-source"] != nil
                ? .copyObject(bucket: bucket, key: key) : .putObject(bucket: bucket, key: key)
        case ("GET", let bucket?, let key?) where request.has("uploadId"): return .listParts(bucket: bucket, key: key)
        case ("GET", let bucket?, let key?) where query.allSatisfy({ $0.name.hasPrefix("response-") }):
            return .getObject(bucket: bucket, key: key)
        case ("HEAD", let bucket?, let key?) where query.isEmpty: return .headObject(bucket: bucket, key: key)
        case ("DELETE", let bucket?, let key?) where request.has("uploadId"):
            return .abortMultipartUpload(bucket: bucket, key: key)
        case ("DELETE", let bucket?, let key?) where query.isEmpty: return .deleteObject(bucket: bucket, key: key)
        case ("POST", let bucket?, let key?) where request.has("uploads"):
            return .initiateMultipartUpload(bucket: bucket, key: key)
        case ("POST", let bucket?, let key?) where request.has("uploadId"):
            return .completeMultipartUpload(bucket: bucket, key: key)
        default:
            throw OSSFailure(.notImplemented)
        }
    }

    /// The operation's name in OSS's API: `PutObject`, `ListObjectsV2`, …
    var name: String {
        switch self {
        case .listBuckets: "ListBuckets"
        case .createBucket: "PutBucket"
        case .deleteBucket: "DeleteBucket"
        case .listMultipartUploads: "ListMultipartUploads"
        case .getBucketLocation: "GetBucketLocation"
        case .listObjectsV2: "ListObjectsV2"
        case .listObjects: "ListObjects"
        case .deleteMultipleObjects: "DeleteMultipleObjects"
        case .uploadPart: "UploadPart"
        case .copyObject: "CopyObject"
        case .putObject: "PutObject"
        case .listParts: "ListParts"
        case .getObject: "GetObject"
        case .headObject: "HeadObject"
        case .abortMultipartUpload: "AbortMultipartUpload"
        case .deleteObject: "DeleteObject"
        case .initiateMultipartUpload: "InitiateMultipartUpload"
        case .completeMultipartUpload: "CompleteMultipartUpload"
        }
    }
}
