import Foundation

/// Writes diagnostics to standard error, one per line.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
