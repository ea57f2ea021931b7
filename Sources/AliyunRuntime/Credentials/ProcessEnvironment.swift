import Foundation

/// The process's environment and home directory.
public enum ProcessEnvironment {
    /// The environment variables.
    public static var current: [String: String] { ProcessInfo.processInfo.environment }

    /// The home directory: `$HOME`, else the user's.
    public static var home: String {
        current["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
    }
}
