import ArgumentParser
import SpecReaders

/// Reads a spec file for a command, printing its error as `path:line: error:` and exiting 1 on failure.
enum SpecLoading {
    static func read(_ path: String) throws -> ReadResult {
        do {
            return try SpecReader.read(path: path)
        } catch {
            StandardError.write(error.description)
            throw ExitCode.failure
        }
    }
}
