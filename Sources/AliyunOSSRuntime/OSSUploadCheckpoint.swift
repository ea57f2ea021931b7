/// What a multipart upload has done, so that an upload interrupted (a crash, a cancellation, a failure) resumes where
/// it stopped: the upload's id and every part OSS acknowledged, for one file as it was (size and modification time:
/// a changed file starts over) and one part size.
struct OSSUploadCheckpoint: OSSCheckpoint {
    struct Identity: Codable, Sendable, Equatable {
        var bucket: String
        var key: String
        var file: String
        var fileSize: Int
        var modified: Double
        var partSize: Int
    }

    struct Part: Codable, Sendable, Equatable {
        var number: Int
        var etag: String
        var crc64: UInt64
        var size: Int
    }

    static let kind = "upload"
    var identity: Identity
    var uploadId: String
    var parts: [Part]
}
