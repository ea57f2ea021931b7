import Foundation
import SpecFetching
import SwiftCodegen

/// Adds a module per fetched spec to a config file: a YAML document appended after the file's own (its comments and
/// layout kept), naming the spec and an output directory; a spec the file already names is left as it is.
enum ConfigModules {
    /// Appends a module for each `(spec path, module name, fetched spec)` the config at `path` does not name yet,
    /// and returns the modules added.
    ///
    /// - Throws: ``MetadataError`` when the file is not a valid config, or cannot be written.
    static func add(_ specs: [(path: String, module: String, spec: FetchedSpec)], to path: String) throws(MetadataError)
        -> [String]
    {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        var named: Set<String> = []
        if let existing {
            do {
                for config in try ConfigFileLoader.loadAll(text: existing, path: path) {
                    for spec in config.specs {
                        let absolute = spec.hasPrefix("/") ? spec : directory + "/" + spec
                        named.insert(URL(fileURLWithPath: absolute).standardizedFileURL.path)
                    }
                }
            } catch {
                throw MetadataError(error.description)
            }
        }
        var text = existing ?? ""
        var added: [String] = []
        for item in specs {
            let absolute = URL(fileURLWithPath: item.path).standardizedFileURL.path
            guard !named.contains(absolute) else { continue }
            named.insert(absolute)
            let relative = RelativePath.from(directory, to: item.path)
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            if !text.isEmpty { text += "---\n" }
            text += """
                # \(item.spec.product) \(item.spec.version), from the metadata service (aliyun-codegen fetch; \
                locked in \(SpecLock.fileName)).
                specs: [\(relative)]
                output: Generated/\(item.module)

                """
            added.append(item.module)
        }
        guard !added.isEmpty else { return [] }
        do {
            _ = try ConfigFileLoader.loadAll(text: text, path: path)
        } catch {
            throw MetadataError("the config with the modules added would not read back: \(error.description)")
        }
        try AtomicWrite.write(Array(text.utf8), to: path)
        return added
    }
}
