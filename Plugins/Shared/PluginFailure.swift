// Shared by both plugins through symbolic links (a plugin can depend on no library).

/// A failure reported to SwiftPM as an error.
struct PluginFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
