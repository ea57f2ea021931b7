import Foundation

/// Refuses configurations whose output directories overlap, before anything is rendered or written.
///
/// Every run removes the generated files below its directories that it no longer produces, so two outputs
/// that are one directory, or one inside the other, would have each run delete the other's files. Every
/// output of every module (the module's, the command-line client's, the server side's) is compared with
/// every other as a normalised absolute path (``normalised(_:)``).
public enum SeparateOutputs {
    /// One directory a configuration writes.
    private struct Output {
        /// `output`, `command output` or `server output`.
        var kind: String
        /// The config file's key that sets it.
        var key: ConfigKey
        /// The path as written.
        var written: String
        /// ``SeparateOutputs/normalised(_:)`` of the resolved path, with a trailing `/`.
        var normalised: String
        /// The configuration it belongs to.
        var config: GeneratorConfig
        /// The configuration's 1-based position among those checked together.
        var module: Int
    }

    /// Throws for the first output that is, contains or lies inside an output declared before it.
    ///
    /// The error is located at the config file's line of the later output's key, when a config file set it.
    public static func check(_ configs: [GeneratorConfig]) throws(GenerationError) {
        var outputs: [Output] = []
        for (index, config) in configs.enumerated() {
            let run = GenerationRun(config: config)
            for (kind, key, path) in config.outputDirectories {
                let later = Output(
                    kind: kind, key: key, written: path, normalised: normalised(run.resolve(path)) + "/",
                    config: config, module: index + 1)
                for earlier in outputs { try refuseOverlap(earlier, later, modules: configs.count) }
                outputs.append(later)
            }
        }
    }

    /// An absolute path with `.` and `..` resolved, no trailing or doubled `/`, and every symbolic link among
    /// its existing leading directories replaced by what it points to; the part that does not exist yet is
    /// kept as written. A `..` after a symbolic link leads to the parent of the link's target, as the file
    /// system resolves it.
    ///
    /// The file system resolves the longest leading part that exists, with one `realpath` (an existing output
    /// directory: the whole path); the rest, which holds no link, is resolved as text.
    public static func normalised(_ absolutePath: String) -> String {
        let components = absolutePath.split(separator: "/")
        var existing = components.count
        var resolved: [Substring] = []
        while existing > 0 {
            if let real = realPath("/" + components[..<existing].joined(separator: "/")) {
                resolved = real.split(separator: "/")
                break
            }
            existing -= 1
        }
        for component in components[existing...] {
            switch component {
            case ".": continue
            case "..": _ = resolved.popLast()
            default: resolved.append(component)
            }
        }
        return "/" + resolved.joined(separator: "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func refuseOverlap(_ earlier: Output, _ later: Output, modules: Int) throws(GenerationError) {
        func named(_ output: Output) -> String {
            let module = modules > 1 ? " of module \(output.config.module ?? "\(output.module)")" : ""
            return "the \(output.kind) \(output.written)\(module)"
        }
        let line = earlier.config.lines[earlier.key].map { " (line \($0))" } ?? ""
        let relation: String
        if earlier.normalised == later.normalised {
            relation = "\(named(later)) and \(named(earlier))\(line) are the same directory"
        } else if later.normalised.hasPrefix(earlier.normalised) {
            relation = "\(named(later)) is inside \(named(earlier))\(line)"
        } else if earlier.normalised.hasPrefix(later.normalised) {
            relation = "\(named(earlier))\(line) is inside \(named(later))"
        } else {
            return
        }
        throw GenerationError(
            relation + ": each run removes the generated files it does not write from its directories, so one would "
                + "delete the other's; give each output its own directory, neither inside another",
            file: later.config.file, line: later.config.file == nil ? nil : later.config.lines[later.key])
    }
}
