import Foundation

/// A secret given as a command-line option is visible to every user of the machine (`ps`, `/proc/PID/cmdline`)
/// for as long as the process runs, and stays in the shell's history: command-line tools warn when one is.
public enum CommandLineSecret {
    /// The warning for a secret given as `option`, naming the safer places to put it.
    ///
    /// - Parameters:
    ///   - option: The option, e.g. `--access-key-secret`.
    ///   - environmentVariable: The variable that can carry it instead, e.g. `ALIBABA_CLOUD_ACCESS_KEY_SECRET`.
    /// - Returns: One line starting with `warning: `, without a line break.
    public static func warning(option: String, environmentVariable: String) -> String {
        "warning: \(option) on the command line is visible to other users of this machine (ps) and kept in"
            + " your shell history; set \(environmentVariable) or use a credentials profile instead"
    }

    /// The warning for `--access-key-secret`, which `ALIBABA_CLOUD_ACCESS_KEY_SECRET` or a profile can replace.
    public static let accessKeySecretWarning = warning(
        option: "--access-key-secret", environmentVariable: "ALIBABA_CLOUD_ACCESS_KEY_SECRET")

    /// Writes ``accessKeySecretWarning`` (or the given warning) to standard error, with a line break.
    public static func warn(_ warning: String = accessKeySecretWarning) {
        FileHandle.standardError.write(Data((warning + "\n").utf8))
    }
}
