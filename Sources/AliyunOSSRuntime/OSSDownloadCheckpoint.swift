/// What a ranged download has done, so that a download interrupted resumes where it stopped: every range written
/// with its CRC-64, for one object as it was (its ETag: a changed object starts over), one destination and one range
/// size.
struct OSSDownloadCheckpoint: OSSCheckpoint {
    struct Identity: Codable, Sendable, Equatable {
        var bucket: String
        var key: String
        var etag: String
        var size: Int
        var partSize: Int
        var destination: String
    }

    struct Range: Codable, Sendable, Equatable {
        var index: Int
        var crc64: UInt64
        var size: Int
    }

    static let kind = "download"
    var identity: Identity
    var ranges: [Range]
}
