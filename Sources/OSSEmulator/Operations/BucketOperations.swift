import AliyunXML
import Foundation

extension OSSOperations {
    func listBuckets(_ request: OSSIncomingRequest) async -> OSSAnswer {
        let prefix = request.parameter("prefix") ?? ""
        var writer = XMLWriter()
        writer.open("ListAllMyBucketsResult")
        writer.open("Owner")
        writer.element("ID", "emulator")
        writer.element("DisplayName", "emulator")
        writer.close("Owner")
        writer.open("Buckets")
        for bucket in await store.listBuckets() where bucket.name.hasPrefix(prefix) {
            writer.open("Bucket")
            writer.element("CreationDate", Self.iso8601(bucket.created))
            writer.element("ExtranetEndpoint", "oss-\(bucket.region).aliyuncs.com")
            writer.element("IntranetEndpoint", "oss-\(bucket.region)-internal.aliyuncs.com")
            writer.element("Location", "oss-\(bucket.region)")
            writer.element("Name", bucket.name)
            writer.element("Region", bucket.region)
            writer.element("StorageClass", "Standard")
            writer.close("Bucket")
        }
        writer.close("Buckets")
        writer.close("ListAllMyBucketsResult")
        return .xml(writer)
    }

    func createBucket(_ bucket: String) async throws(OSSFailure) -> OSSAnswer {
        try await store.createBucket(bucket, region: region, at: now())
        return OSSAnswer(headers: [("Location", "/\(bucket)")])
    }

    func deleteBucket(_ bucket: String) async throws(OSSFailure) -> OSSAnswer {
        try await store.deleteBucket(bucket)
        return OSSAnswer(status: 204)
    }

    func location(_ bucket: String) async throws(OSSFailure) -> OSSAnswer {
        let region = try await store.bucketRegion(bucket).region
        var writer = XMLWriter()
        writer.element("LocationConstraint", "oss-\(region)")
        return .xml(writer)
    }

    /// ListObjects (version 1, `marker`) and ListObjectsV2 (`continuation-token`, `start-after`): keys in order,
    /// rolled up under `delimiter` into common prefixes, at most `max-keys` (1–1000, 100 by default) entries a page.
    func listObjects(_ bucket: String, _ request: OSSIncomingRequest, version: Int) async throws(OSSFailure)
        -> OSSAnswer
    {
        let prefix = request.parameter("prefix") ?? ""
        let delimiter = request.parameter("delimiter") ?? ""
        let maxKeys = try Self.maxKeys(request)
        let marker: String
        if version == 2 {
            marker =
                request.parameter("continuation-token").flatMap(Self.token(decoding:))
                ?? request.parameter("start-after") ?? ""
        } else {
            marker = request.parameter("marker") ?? ""
        }
        var contents: [(key: String, object: StoredObject)] = []
        var prefixes: [String] = []
        var truncated = false
        var last = ""
        for entry in try await store.objects(bucket: bucket, prefix: prefix, after: marker) {
            // A marker that is a common prefix stands for every key under it.
            if !delimiter.isEmpty, marker.hasSuffix(delimiter), entry.key.hasPrefix(marker) { continue }
            if !delimiter.isEmpty, let range = entry.key.dropFirst(prefix.count).range(of: delimiter) {
                let common = String(entry.key[..<range.upperBound])
                if prefixes.last == common { continue }
                if contents.count + prefixes.count == maxKeys {
                    truncated = true
                    break
                }
                prefixes.append(common)
                last = common
                continue
            }
            if contents.count + prefixes.count == maxKeys {
                truncated = true
                break
            }
            contents.append(entry)
            last = entry.key
        }
        var writer = XMLWriter()
        writer.open("ListBucketResult")
        writer.element("Name", bucket)
        writer.element("Prefix", Self.listed(prefix, request))
        if version == 2 {
            if let start = request.parameter("start-after") {
                writer.element("StartAfter", Self.listed(start, request))
            }
            if let token = request.parameter("continuation-token") { writer.element("ContinuationToken", token) }
        } else {
            writer.element("Marker", Self.listed(marker, request))
        }
        writer.element("MaxKeys", String(maxKeys))
        writer.element("Delimiter", Self.listed(delimiter, request))
        writer.element("IsTruncated", truncated ? "true" : "false")
        if truncated {
            if version == 2 {
                writer.element("NextContinuationToken", Self.token(encoding: last))
            } else {
                writer.element("NextMarker", Self.listed(last, request))
            }
        }
        if let encoding = request.parameter("encoding-type") { writer.element("EncodingType", encoding) }
        if version == 2 { writer.element("KeyCount", String(contents.count + prefixes.count)) }
        for (key, object) in contents {
            writer.open("Contents")
            writer.element("Key", Self.listed(key, request))
            writer.element("LastModified", Self.iso8601(object.lastModified))
            writer.element("ETag", object.etag)
            writer.element("Type", object.type)
            writer.element("Size", String(object.data.count))
            writer.element("StorageClass", object.storageClass)
            writer.close("Contents")
        }
        for common in prefixes {
            writer.open("CommonPrefixes")
            writer.element("Prefix", Self.listed(common, request))
            writer.close("CommonPrefixes")
        }
        writer.close("ListBucketResult")
        return .xml(writer)
    }

    /// `max-keys`: 1–1000, 100 when absent.
    static func maxKeys(_ request: OSSIncomingRequest) throws(OSSFailure) -> Int {
        guard let text = request.parameter("max-keys") else { return 100 }
        guard let value = Int(text), (1...1000).contains(value) else {
            throw OSSFailure(
                .invalidArgument, message: "max-keys must be between 1 and 1000.", [("ArgumentName", "max-keys")])
        }
        return value
    }

    /// A continuation token: the last key listed, base64 (opaque to clients, as OSS's are).
    static func token(encoding key: String) -> String {
        Data(key.utf8).base64EncodedString()
    }

    static func token(decoding token: String) -> String? {
        Data(base64Encoded: token).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// DeleteMultipleObjects: `<Delete><Quiet/><Object><Key/></Object>…</Delete>`, at most 1000 keys.
    func deleteMultiple(_ bucket: String, _ request: OSSIncomingRequest) async throws(OSSFailure) -> OSSAnswer {
        let document: XMLTreeElement
        do {
            document = try XMLReader.read(request.body)
        } catch {
            throw OSSFailure(.malformedXML)
        }
        guard document.name == "Delete" else { throw OSSFailure(.malformedXML) }
        let keys = document.children(named: "Object").compactMap { $0.text(of: "Key") }
        guard keys.count <= 1000 else { throw OSSFailure(.malformedXML, message: "At most 1000 keys may be deleted.") }
        let quiet = document.text(of: "Quiet")?.lowercased() == "true"
        let encode = request.parameter("encoding-type") == "url"
        var writer = XMLWriter()
        writer.open("DeleteResult")
        if encode { writer.element("EncodingType", "url") }
        for key in keys {
            let decoded = encode ? (OSSIncomingRequest.percentDecoded(key) ?? key) : key
            try await store.delete(bucket: bucket, key: decoded)
            if !quiet {
                writer.open("Deleted")
                writer.element("Key", key)
                writer.close("Deleted")
            }
        }
        writer.close("DeleteResult")
        return .xml(writer)
    }
}
