import Foundation

/// Writes files so that a reader, or a run that fails half-way, sees the old bytes or the new, never a mix: each
/// file is written beside its target and renamed over it; a file whose bytes are already those is left alone.
public enum AtomicWrite {
    /// Writes `bytes` to `path`, creating its directory.
    ///
    /// - Throws: ``MetadataError`` naming the path when it cannot be written.
    public static func write(_ bytes: [UInt8], to path: String) throws(MetadataError) {
        let url = URL(fileURLWithPath: path)
        if let existing = FileManager.default.contents(atPath: path), Array(existing) == bytes { return }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw MetadataError("\(path):0: error: cannot write the file: \(error.localizedDescription)")
        }
    }
}
