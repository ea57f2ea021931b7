import AliyunRuntime
import AliyunXML
import Crypto
import Foundation

extension OSSOperations {
    /// PostObject: a browser form's file stored under its `key` field (`${filename}` replaced by the file's name),
    /// with the form's `Content-Type` (or the file part's) and `x-oss-meta-*` fields as metadata. Answers 204, or
    /// the `success_action_status` asked for: 200, or 201 with a `PostResponse` document.
    func postObject(_ bucket: String, _ form: OSSPostForm) async throws(OSSFailure) -> OSSAnswer {
        guard let template = form.fields["key"], !template.isEmpty else {
            throw OSSFailure(.invalidArgument, message: "The form's key field is required.", [("ArgumentName", "key")])
        }
        let key = template.replacingOccurrences(of: "${filename}", with: form.fileName)
        guard OSSNaming.isValidObjectKey(key) else { throw OSSFailure(.invalidObjectName, [("Key", key)]) }
        let digest = Array(Insecure.MD5.hash(data: form.file))
        let object = StoredObject(
            data: form.file, etag: StoredObject.etag(digest: digest), crc64: CRC64.checksum(form.file),
            contentType: form.fields["content-type"] ?? form.fileContentType ?? "application/octet-stream",
            metadata: Self.metadata(form.fields), lastModified: now(), type: "Normal",
            storageClass: form.fields["x-oss-storage-class"] ?? "Standard")
        try await store.put(
            object, bucket: bucket, key: key, forbidOverwrite: form.fields["x-oss-forbid-overwrite"] == "true")
        let headers = [("ETag", object.etag), ("x-oss-hash-crc64ecma", String(object.crc64))]
        switch form.fields["success_action_status"] {
        case "200": return OSSAnswer(status: 200, headers: headers)
        case "201":
            var writer = XMLWriter()
            writer.open("PostResponse")
            writer.element("Bucket", bucket)
            writer.element("Location", "/\(bucket)/\(key)")
            writer.element("Key", key)
            writer.element("ETag", object.etag)
            writer.close("PostResponse")
            return OSSAnswer(status: 201, headers: headers + [("Content-Type", "application/xml")], body: writer.bytes)
        default: return OSSAnswer(status: 204, headers: headers)
        }
    }
}
