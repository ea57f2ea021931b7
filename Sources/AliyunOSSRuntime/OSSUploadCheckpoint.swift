import Foundation

/// What a multipart upload has done, kept in a file so that an upload interrupted (a crash, a cancellation, a
/// failure) resumes where it stopped: the upload's id, the file it sends (size and modification time, so a changed
/// file starts over) and every part OSS acknowledged.
struct OSSUploadCheckpoint: Codable, Sendable, Equatable {
    struct Part: Codable, Sendable, Equatable {
        var number: Int
        var etag: String
        var crc64: UInt64
        var size: Int
    }

    var bucket: String
    var key: String
    var file: String
    var fileSize: Int
    var modified: Double
    var partSize: Int
    var uploadId: String
    var parts: [Part]

    /// The checkpoint's path for an upload of `file` to `bucket`/`key`: one file per upload, named by a hash.
    static func path(directory: String, bucket: String, key: String, file: String) -> String {
        OSSCheckpointFile.path(directory: directory, kind: "upload", identity: [bucket, key, file])
    }

    /// The checkpoint at `path`, if there is one for this very file (same size and modification time).
    static func load(_ path: String, matching file: OSSUploadCheckpoint) -> OSSUploadCheckpoint? {
        guard let saved = OSSCheckpointFile.load(path, as: OSSUploadCheckpoint.self),
            saved.bucket == file.bucket, saved.key == file.key, saved.file == file.file,
            saved.fileSize == file.fileSize, saved.modified == file.modified, saved.partSize == file.partSize
        else { return nil }
        return saved
    }

    /// Writes the checkpoint atomically (beside it, then renamed over it).
    func save(to path: String) throws {
        try OSSCheckpointFile.save(self, to: path)
    }
}
