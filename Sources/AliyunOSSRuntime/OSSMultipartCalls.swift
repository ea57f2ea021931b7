import AliyunRuntime
import AliyunXML

/// The multipart upload's own calls, shared by the uploader and the copier.
enum OSSMultipartCalls {
    /// InitiateMultipartUpload: the upload's id.
    static func initiate(_ caller: OSSCaller, bucket: String, key: String, headers: OSSHeaders = OSSHeaders())
        async throws -> String
    {
        let answer = try await caller.send(
            OSSCall(method: "POST", bucket: bucket, key: key, query: [OSSQueryItem("uploads")], headers: headers))
        guard let id = try XMLReader.read(try await answer.bytes(upTo: 1 << 20)).text(of: "UploadId"), !id.isEmpty
        else {
            throw OSSServiceError(
                status: answer.status, code: "BadResponse", message: "InitiateMultipartUpload answered no UploadId",
                requestId: answer.headers["x-oss-request-id"] ?? "")
        }
        return id
    }

    /// CompleteMultipartUpload with the parts listed, in order: the answer and its document's ETag.
    static func complete(
        _ caller: OSSCaller, bucket: String, key: String, uploadId: String, parts: [(number: Int, etag: String)]
    ) async throws -> (answer: OSSResponse, etag: String) {
        var writer = XMLWriter()
        writer.open("CompleteMultipartUpload")
        for part in parts {
            writer.open("Part")
            writer.element("PartNumber", String(part.number))
            writer.element("ETag", part.etag)
            writer.close("Part")
        }
        writer.close("CompleteMultipartUpload")
        let answer = try await caller.send(
            OSSCall(
                method: "POST", bucket: bucket, key: key, query: [OSSQueryItem("uploadId", uploadId)],
                body: OSSBody(bytes: writer.bytes)))
        let document = try XMLReader.read(try await answer.bytes(upTo: 1 << 20))
        return (answer, document.text(of: "ETag") ?? answer.headers["etag"] ?? "")
    }

    /// AbortMultipartUpload, its failure ignored (the caller is already failing with a better error). The caller is
    /// often failing because its task was cancelled, and a call made from a cancelled task is cancelled too: the
    /// abort is sent from a task of its own, which is not, and awaited.
    static func abort(_ caller: OSSCaller, bucket: String, key: String, uploadId: String) async {
        await Task {
            _ = try? await caller.send(
                OSSCall(method: "DELETE", bucket: bucket, key: key, query: [OSSQueryItem("uploadId", uploadId)]))
        }.value
    }
}
