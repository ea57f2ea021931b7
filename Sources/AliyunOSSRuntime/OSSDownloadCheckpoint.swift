import Foundation

/// What a ranged download has done, kept in a file so that a download interrupted resumes where it stopped: the
/// object it reads (its ETag, so a changed object starts over), where the bytes go, and every range written with
/// its CRC-64.
struct OSSDownloadCheckpoint: Codable, Sendable, Equatable {
    struct Range: Codable, Sendable, Equatable {
        var index: Int
        var crc64: UInt64
        var size: Int
    }

    var bucket: String
    var key: String
    var etag: String
    var size: Int
    var partSize: Int
    var destination: String
    var ranges: [Range]

    /// The checkpoint's path for a download of `bucket`/`key` to `destination`.
    static func path(directory: String, bucket: String, key: String, destination: String) -> String {
        OSSCheckpointFile.path(directory: directory, kind: "download", identity: [bucket, key, destination])
    }

    /// The checkpoint at `path`, if there is one for this very object and destination.
    static func load(_ path: String, matching current: OSSDownloadCheckpoint) -> OSSDownloadCheckpoint? {
        guard let saved = OSSCheckpointFile.load(path, as: OSSDownloadCheckpoint.self),
            saved.bucket == current.bucket, saved.key == current.key, saved.etag == current.etag,
            saved.size == current.size, saved.partSize == current.partSize, saved.destination == current.destination
        else { return nil }
        return saved
    }

    /// Writes the checkpoint atomically.
    func save(to path: String) throws {
        try OSSCheckpointFile.save(self, to: path)
    }
}
