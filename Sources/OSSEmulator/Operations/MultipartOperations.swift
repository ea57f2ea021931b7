import AliyunRuntime
import AliyunXML
import Crypto
import Foundation

extension OSSOperations {
    func initiateUpload(_ bucket: String, _ key: String, _ request: OSSIncomingRequest) async throws(OSSFailure)
        -> OSSAnswer
    {
        guard OSSNaming.isValidObjectKey(key) else { throw OSSFailure(.invalidObjectName, [("Key", key)]) }
        let id = try await store.initiate(
            bucket: bucket, key: key, contentType: request.headers["content-type"] ?? "application/octet-stream",
            metadata: Self.metadata(request.headers),
            storageClass: request.headers["x-oss-storage-class"] ?? "Standard", at: now())
        var writer = XMLWriter()
        writer.open("InitiateMultipartUploadResult")
        writer.element("Bucket", bucket)
        writer.element("Key", Self.listed(key, request))
        writer.element("UploadId", id)
        if let encoding = request.parameter("encoding-type") { writer.element("EncodingType", encoding) }
        writer.close("InitiateMultipartUploadResult")
        return .xml(writer)
    }

    /// UploadPart (the body) and UploadPartCopy (`x-oss-copy-source`, with `x-oss-copy-source-range`): part numbers
    /// 1–10000.
    func uploadPart(_ bucket: String, _ key: String, _ request: OSSIncomingRequest) async throws(OSSFailure)
        -> OSSAnswer
    {
        guard let number = request.parameter("partNumber").flatMap(Int.init), (1...10_000).contains(number) else {
            throw OSSFailure(
                .invalidArgument, message: "Part number must be an integer between 1 and 10000, inclusive.",
                [("ArgumentName", "partNumber")])
        }
        let id = request.parameter("uploadId") ?? ""
        if request.headers["x-oss-copy-source"] != nil {
            let (sourceBucket, sourceKey) = try Self.copySource(request)
            let source = try await store.object(bucket: sourceBucket, key: sourceKey)
            try Self.checkConditions(source, request.headers, prefix: "x-oss-copy-source-")
            var data = source.data
            if let range = request.headers["x-oss-copy-source-range"],
                let (start, end) = try Self.range(range, size: source.data.count)
            {
                data = Array(source.data[start...end])
            }
            let part = try await store.uploadPart(
                bucket: bucket, key: key, upload: id, number: number, data: data,
                etag: StoredObject.simpleETag(data), crc64: CRC64.checksum(data), at: now())
            var writer = XMLWriter()
            writer.open("CopyPartResult")
            writer.element("LastModified", Self.iso8601(now()))
            writer.element("ETag", part.etag)
            writer.close("CopyPartResult")
            return .xml(writer, headers: [("x-oss-hash-crc64ecma", String(part.crc64))])
        }
        let digest = Array(Insecure.MD5.hash(data: request.body))
        try Self.checkDigest(request, digest: digest)
        let part = try await store.uploadPart(
            bucket: bucket, key: key, upload: id, number: number, data: request.body,
            etag: StoredObject.etag(digest: digest), crc64: CRC64.checksum(request.body), at: now())
        return OSSAnswer(headers: [("ETag", part.etag), ("x-oss-hash-crc64ecma", String(part.crc64))])
    }

    /// CompleteMultipartUpload: the `<CompleteMultipartUpload><Part><PartNumber/><ETag/></Part>…` body, or every part
    /// uploaded with `x-oss-complete-all: yes`.
    func completeUpload(_ bucket: String, _ key: String, _ request: OSSIncomingRequest) async throws(OSSFailure)
        -> OSSAnswer
    {
        let id = request.parameter("uploadId") ?? ""
        var parts: [(number: Int, etag: String)] = []
        if request.headers["x-oss-complete-all"] == "yes" {
            let upload = try await store.upload(bucket: bucket, key: key, id: id)
            parts = upload.parts.keys.sorted().compactMap { number in
                upload.parts[number].map { (number, $0.etag) }
            }
        } else {
            let document: XMLTreeElement
            do {
                document = try XMLReader.read(request.body)
            } catch {
                throw OSSFailure(.malformedXML)
            }
            guard document.name == "CompleteMultipartUpload" else { throw OSSFailure(.malformedXML) }
            for part in document.children(named: "Part") {
                guard
                    let number = part.text(of: "PartNumber").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                    let etag = part.text(of: "ETag")
                else { throw OSSFailure(.malformedXML) }
                parts.append((number, etag))
            }
            guard !parts.isEmpty else { throw OSSFailure(.malformedXML) }
        }
        let object = try await store.complete(
            bucket: bucket, key: key, id: id, parts: parts, at: now(),
            forbidOverwrite: request.headers["x-oss-forbid-overwrite"] == "true")
        var writer = XMLWriter()
        writer.open("CompleteMultipartUploadResult")
        if let encoding = request.parameter("encoding-type") { writer.element("EncodingType", encoding) }
        writer.element("Location", "/\(bucket)/\(key)")
        writer.element("Bucket", bucket)
        writer.element("Key", Self.listed(key, request))
        writer.element("ETag", object.etag)
        writer.close("CompleteMultipartUploadResult")
        return .xml(writer, headers: [("x-oss-hash-crc64ecma", String(object.crc64))])
    }

    func abortUpload(_ bucket: String, _ key: String, _ request: OSSIncomingRequest) async throws(OSSFailure)
        -> OSSAnswer
    {
        try await store.abort(bucket: bucket, key: key, id: request.parameter("uploadId") ?? "")
        return OSSAnswer(status: 204)
    }

    /// ListParts: the parts of an upload in order, after `part-number-marker`, at most `max-parts` (1000).
    func listParts(_ bucket: String, _ key: String, _ request: OSSIncomingRequest) async throws(OSSFailure)
        -> OSSAnswer
    {
        let id = request.parameter("uploadId") ?? ""
        let upload = try await store.upload(bucket: bucket, key: key, id: id)
        let marker = request.parameter("part-number-marker").flatMap(Int.init) ?? 0
        let maxParts = min(request.parameter("max-parts").flatMap(Int.init) ?? 1000, 1000)
        let numbers = upload.parts.keys.sorted().filter { $0 > marker }
        let page = numbers.prefix(maxParts)
        var writer = XMLWriter()
        writer.open("ListPartsResult")
        writer.element("Bucket", bucket)
        writer.element("Key", Self.listed(key, request))
        writer.element("UploadId", id)
        writer.element("PartNumberMarker", String(marker))
        writer.element("NextPartNumberMarker", String(page.last ?? marker))
        writer.element("MaxParts", String(maxParts))
        writer.element("IsTruncated", numbers.count > page.count ? "true" : "false")
        if let encoding = request.parameter("encoding-type") { writer.element("EncodingType", encoding) }
        for number in page {
            guard let part = upload.parts[number] else { continue }
            writer.open("Part")
            writer.element("PartNumber", String(number))
            writer.element("LastModified", Self.iso8601(part.lastModified))
            writer.element("ETag", part.etag)
            writer.element("HashCrc64ecma", String(part.crc64))
            writer.element("Size", String(part.data.count))
            writer.close("Part")
        }
        writer.close("ListPartsResult")
        return .xml(writer)
    }

    /// ListMultipartUploads: the uploads in progress, by key then upload id.
    func listUploads(_ bucket: String, _ request: OSSIncomingRequest) async throws(OSSFailure) -> OSSAnswer {
        let prefix = request.parameter("prefix") ?? ""
        let uploads = try await store.uploads(bucket: bucket).filter { $0.upload.key.hasPrefix(prefix) }
        let maxUploads = min(request.parameter("max-uploads").flatMap(Int.init) ?? 1000, 1000)
        var writer = XMLWriter()
        writer.open("ListMultipartUploadsResult")
        writer.element("Bucket", bucket)
        writer.element("KeyMarker", "")
        writer.element("UploadIdMarker", "")
        writer.element("Prefix", Self.listed(prefix, request))
        writer.element("MaxUploads", String(maxUploads))
        writer.element("IsTruncated", uploads.count > maxUploads ? "true" : "false")
        if let encoding = request.parameter("encoding-type") { writer.element("EncodingType", encoding) }
        for (id, upload) in uploads.prefix(maxUploads) {
            writer.open("Upload")
            writer.element("Key", Self.listed(upload.key, request))
            writer.element("UploadId", id)
            writer.element("Initiated", Self.iso8601(upload.initiated))
            writer.close("Upload")
        }
        writer.close("ListMultipartUploadsResult")
        return .xml(writer)
    }
}
