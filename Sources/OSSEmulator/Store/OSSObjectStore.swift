import AliyunRuntime
import Crypto
import Foundation

/// The emulator's buckets and objects, in memory, bounded: no object above ``maximumObjectBytes``, no more than
/// ``maximumTotalBytes`` held at once (objects and parts in progress together).
public actor OSSObjectStore {
    /// The largest object or part accepted.
    public let maximumObjectBytes: Int
    /// The most bytes held at once.
    public let maximumTotalBytes: Int
    private var buckets: [String: StoredBucket] = [:]
    private var totalBytes = 0
    private var nextUpload = 1

    /// An empty store.
    public init(maximumObjectBytes: Int = 256 << 20, maximumTotalBytes: Int = 1 << 30) {
        self.maximumObjectBytes = maximumObjectBytes
        self.maximumTotalBytes = maximumTotalBytes
    }

    /// The bytes held.
    public var bytesHeld: Int { totalBytes }

    /// The buckets, by name.
    func listBuckets() -> [(name: String, created: Date, region: String)] {
        buckets.map { ($0.key, $0.value.created, $0.value.region) }.sorted { $0.name < $1.name }
    }

    func createBucket(_ name: String, region: String, at date: Date) throws(OSSFailure) {
        guard OSSNaming.isValidBucketName(name) else { throw OSSFailure(.invalidBucketName, [("BucketName", name)]) }
        guard buckets[name] == nil else { throw OSSFailure(.bucketAlreadyExists, [("BucketName", name)]) }
        buckets[name] = StoredBucket(created: date, region: region)
    }

    func deleteBucket(_ name: String) throws(OSSFailure) {
        let bucket = try self.bucket(name)
        guard bucket.objects.isEmpty, bucket.uploads.isEmpty else {
            throw OSSFailure(.bucketNotEmpty, [("BucketName", name)])
        }
        buckets[name] = nil
    }

    func bucketRegion(_ name: String) throws(OSSFailure) -> (region: String, created: Date) {
        let bucket = try self.bucket(name)
        return (bucket.region, bucket.created)
    }

    func put(_ object: StoredObject, bucket name: String, key: String, forbidOverwrite: Bool) throws(OSSFailure) {
        var bucket = try self.bucket(name)
        if forbidOverwrite, bucket.objects[key] != nil { throw OSSFailure(.fileAlreadyExists, [("Key", key)]) }
        try reserve(object.data.count, replacing: bucket.objects[key]?.data.count ?? 0)
        bucket.objects[key] = object
        buckets[name] = bucket
    }

    func object(bucket name: String, key: String) throws(OSSFailure) -> StoredObject {
        guard let object = try bucket(name).objects[key] else { throw OSSFailure(.noSuchKey, [("Key", key)]) }
        return object
    }

    func delete(bucket name: String, key: String) throws(OSSFailure) {
        var bucket = try self.bucket(name)
        if let removed = bucket.objects.removeValue(forKey: key) { totalBytes -= removed.data.count }
        buckets[name] = bucket
    }

    /// The objects whose key starts with `prefix` and sorts after `marker`, in the order of their UTF-8 bytes (as
    /// OSS lists them).
    func objects(bucket name: String, prefix: String, after marker: String) throws(OSSFailure)
        -> [(key: String, object: StoredObject)]
    {
        try bucket(name).objects.filter { $0.key.hasPrefix(prefix) && OSSNames.sorts($0.key, after: marker) }
            .map { (key: $0.key, object: $0.value) }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    func initiate(
        bucket name: String, key: String, contentType: String, metadata: [String: String], storageClass: String,
        at date: Date
    ) throws(OSSFailure) -> String {
        var bucket = try self.bucket(name)
        let id = String(format: "%032X", nextUpload)
        nextUpload += 1
        bucket.uploads[id] = MultipartUpload(
            key: key, initiated: date, contentType: contentType, metadata: metadata, storageClass: storageClass)
        buckets[name] = bucket
        return id
    }

    /// Keeps a part; its ETag and CRC-64 are computed by the caller, outside the actor, so parts hash in parallel.
    func uploadPart(
        bucket name: String, key: String, upload id: String, number: Int, data: [UInt8], etag: String,
        crc64 crc: UInt64,
        at date: Date
    ) throws(OSSFailure) -> (etag: String, crc64: UInt64) {
        var bucket = try self.bucket(name)
        guard var upload = bucket.uploads[id], upload.key == key else {
            throw OSSFailure(.noSuchUpload, [("UploadId", id)])
        }
        try reserve(data.count, replacing: upload.parts[number]?.data.count ?? 0)
        upload.parts[number] = (data, etag, crc, date)
        bucket.uploads[id] = upload
        buckets[name] = bucket
        return (etag, crc)
    }

    func upload(bucket name: String, key: String, id: String) throws(OSSFailure) -> MultipartUpload {
        guard let upload = try bucket(name).uploads[id], upload.key == key else {
            throw OSSFailure(.noSuchUpload, [("UploadId", id)])
        }
        return upload
    }

    func uploads(bucket name: String) throws(OSSFailure) -> [(id: String, upload: MultipartUpload)] {
        try bucket(name).uploads.map { (id: $0.key, upload: $0.value) }
            .sorted {
                $0.upload.key == $1.upload.key ? $0.id < $1.id : OSSNames.sorts($1.upload.key, after: $0.upload.key)
            }
    }

    /// Joins the listed parts into the object; every part but the last must be at least 100 KiB, as OSS requires.
    func complete(
        bucket name: String, key: String, id: String, parts listed: [(number: Int, etag: String)], at date: Date,
        forbidOverwrite: Bool
    ) throws(OSSFailure) -> StoredObject {
        var bucket = try self.bucket(name)
        guard let upload = bucket.uploads[id], upload.key == key else {
            throw OSSFailure(.noSuchUpload, [("UploadId", id)])
        }
        if forbidOverwrite, bucket.objects[key] != nil { throw OSSFailure(.fileAlreadyExists, [("Key", key)]) }
        guard listed.map(\.number) == listed.map(\.number).sorted(), Set(listed.map(\.number)).count == listed.count
        else { throw OSSFailure(.invalidPartOrder) }
        var data: [UInt8] = []
        var digests: [UInt8] = []
        var crc: UInt64 = 0
        // Every part named must exist with that ETag before any size is judged.
        for part in listed {
            guard let stored = upload.parts[part.number],
                stored.etag.trimmingCharacters(in: ["\""]) == part.etag.trimmingCharacters(in: ["\""])
            else {
                throw OSSFailure(.invalidPart, [("PartNumber", String(part.number)), ("ETag", part.etag)])
            }
        }
        for (index, part) in listed.enumerated() {
            guard let stored = upload.parts[part.number] else { continue }
            if index < listed.count - 1, stored.data.count < Self.minimumPartBytes {
                throw OSSFailure(.entityTooSmall, [("PartNumber", String(part.number))])
            }
            data += stored.data
            digests += StoredObject.digest(ofETag: stored.etag)
            crc = CRC64.combine(crc, stored.crc64, secondLength: stored.data.count)
        }
        let held = upload.parts.values.reduce(0) { $0 + $1.data.count }
        let replaced = bucket.objects[key]?.data.count ?? 0
        let etag =
            "\"" + Insecure.MD5.hash(data: digests).map { String(format: "%02X", $0) }.joined() + "-\(listed.count)\""
        let object = StoredObject(
            data: data, etag: etag, crc64: crc, contentType: upload.contentType, metadata: upload.metadata,
            lastModified: date, type: "Multipart", storageClass: upload.storageClass)
        // The parts' bytes become the object's (no larger than they are): the unused parts and an object replaced
        // are released. A multipart object may exceed the single-upload limit, as in OSS.
        totalBytes += data.count - held - replaced
        bucket.objects[key] = object
        bucket.uploads[id] = nil
        buckets[name] = bucket
        return object
    }

    func abort(bucket name: String, key: String, id: String) throws(OSSFailure) {
        var bucket = try self.bucket(name)
        guard let upload = bucket.uploads[id], upload.key == key else {
            throw OSSFailure(.noSuchUpload, [("UploadId", id)])
        }
        totalBytes -= upload.parts.values.reduce(0) { $0 + $1.data.count }
        bucket.uploads[id] = nil
        buckets[name] = bucket
    }

    /// The smallest part other than the last (OSS: 100 KiB).
    static let minimumPartBytes = 100 * 1024

    private func bucket(_ name: String) throws(OSSFailure) -> StoredBucket {
        guard let bucket = buckets[name] else { throw OSSFailure(.noSuchBucket, [("BucketName", name)]) }
        return bucket
    }

    /// Accounts for `count` new bytes that replace `replacing` old ones, or refuses them.
    private func reserve(_ count: Int, replacing: Int) throws(OSSFailure) {
        guard count <= maximumObjectBytes else { throw OSSFailure(.entityTooLarge) }
        guard totalBytes - replacing + count <= maximumTotalBytes else { throw OSSFailure(.storeFull) }
        totalBytes += count - replacing
    }
}

/// Key order as OSS lists keys.
enum OSSNames {
    /// Whether `key` comes after `marker` in UTF-8 byte order (everything does after an empty marker).
    static func sorts(_ key: String, after marker: String) -> Bool {
        marker.isEmpty || marker.utf8.lexicographicallyPrecedes(key.utf8)
    }
}
