import Crypto
import Foundation

/// Where and how transfer checkpoints are kept: one JSON file per transfer, named by a hash of what identifies it,
/// written atomically (beside it, then renamed over it), so a crash leaves the old checkpoint or the new one.
enum OSSCheckpointFile {
    /// `DIRECTORY/oss-KIND-HASH.json`, the hash of the identity's parts.
    static func path(directory: String, kind: String, identity: [String]) -> String {
        let digest = SHA256.hash(data: Array(identity.joined(separator: "\n").utf8))
            .map { String(format: "%02x", $0) }.joined()
        return URL(fileURLWithPath: directory).appendingPathComponent("oss-\(kind)-\(digest.prefix(32)).json").path
    }

    /// The checkpoint at `path`, when there is a readable one.
    static func load<Checkpoint: Decodable>(_ path: String, as type: Checkpoint.Type) -> Checkpoint? {
        FileManager.default.contents(atPath: path).flatMap { try? JSONDecoder().decode(type, from: $0) }
    }

    /// Writes the checkpoint atomically.
    static func save<Checkpoint: Encodable>(_ checkpoint: Checkpoint, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(checkpoint).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
