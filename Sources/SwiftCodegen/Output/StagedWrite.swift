import Foundation

/// The changed files of one output directory, each written to a temporary file beside its target (or, for a
/// directory that did not exist, all of them to a temporary directory beside it), and the stale generated files
/// to remove: nothing is in place until ``commit()``.
public struct StagedWrite: Sendable {
    /// One file to move into place.
    struct Change: Sendable {
        var path: String
        var temporary: String
        var target: String
    }

    let directory: OutputDirectory
    var changes: [Change] = []
    var unchanged: [String] = []
    var stale: [String] = []
    /// For a directory that did not exist: the temporary directory holding every file, renamed into place whole.
    var temporaryRoot: String?

    /// Renames every temporary file over its target (atomic each), then removes the stale generated files
    /// and the directories that leaves empty; a directory staged whole is renamed into place in one step.
    public func commit() throws(GenerationError) -> OutputDirectory.WriteReport {
        var report = OutputDirectory.WriteReport()
        report.unchanged = unchanged
        if let temporaryRoot {
            guard rename(temporaryRoot, directory.path) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw GenerationError("cannot write the directory: \(reason)", file: directory.path)
            }
            report.written = changes.map(\.path)
            return report
        }
        for (index, change) in changes.enumerated() {
            guard rename(change.temporary, change.target) == 0 else {
                let reason = String(cString: strerror(errno))
                for rest in changes[index...] { try? FileManager.default.removeItem(atPath: rest.temporary) }
                throw GenerationError("cannot write the file: \(reason)", file: change.target)
            }
            report.written.append(change.path)
        }
        for path in stale {
            let target = URL(fileURLWithPath: directory.path).appendingPathComponent(path)
            do {
                try FileManager.default.removeItem(at: target)
            } catch {
                throw GenerationError(
                    "cannot remove a stale generated file: \(error.localizedDescription)", file: target.path)
            }
            report.removed.append(path)
            directory.removeEmptyDirectories(above: path)
        }
        return report
    }

    /// Removes the temporary files: the directory stays as it was.
    public func discard() {
        if let temporaryRoot {
            try? FileManager.default.removeItem(atPath: temporaryRoot)
            return
        }
        for change in changes { try? FileManager.default.removeItem(atPath: change.temporary) }
    }
}
