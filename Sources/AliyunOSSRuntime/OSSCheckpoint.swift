import Crypto
import Foundation

/// A transfer's checkpoint: what identifies the transfer (a checkpoint of another object, file or part size is not
/// resumed) and what it has done, kept in one JSON file per transfer, written atomically (beside it, then renamed
/// over it), so a crash leaves the old checkpoint or the new one.
protocol OSSCheckpoint: Codable, Sendable {
    associatedtype Identity: Codable, Sendable, Equatable
    /// `upload` or `download`, in the file's name.
    static var kind: String { get }
    /// What the checkpoint is for.
    var identity: Identity { get }
}

extension OSSCheckpoint {
    /// `DIRECTORY/oss-KIND-HASH.json`, the hash of what names the transfer (its bucket, key and file).
    static func path(directory: String, naming parts: [String]) -> String {
        let digest = SHA256.hash(data: Array(parts.joined(separator: "\n").utf8)).map { String(format: "%02x", $0) }
            .joined()
        return URL(fileURLWithPath: directory).appendingPathComponent("oss-\(kind)-\(digest.prefix(32)).json").path
    }

    /// The checkpoint at `path` when there is a readable one for this very transfer.
    static func load(_ path: String, matching identity: Identity) -> Self? {
        guard let data = FileManager.default.contents(atPath: path),
            let saved = try? JSONDecoder().decode(Self.self, from: data), saved.identity == identity
        else { return nil }
        return saved
    }

    /// Writes the checkpoint atomically.
    func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
