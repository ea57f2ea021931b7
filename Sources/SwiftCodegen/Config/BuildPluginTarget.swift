import Foundation

/// The rules for generating a SwiftPM target's sources at build time, as `AliyunCodegenPlugin` asks
/// (`aliyun-codegen generate --config <target>/aliyun-codegen.yaml --plugin-target NAME --output DIR`).
///
/// SwiftPM compiles the generated files into the target itself and must know every input and output
/// before the generator runs, so:
/// - the module is the target: a `module:` that names another module is an error;
/// - the files are `FixedLayout.fileNames` (layout `fixed`, no DocC catalog); a `layout:` is an error;
/// - the plugin chooses the output directory and there is no command-line client: `output:` and
///   `commandOutput:` are errors (they belong to checked-in generation, `generate-aliyun-sdk`);
/// - specs and templates must be files of the target, the only files the plugin declares as inputs;
/// - without `specs:`, the one api-docs JSON or HTML page among the target's files is the spec; none,
///   or more than one, is an error that says so.
public struct BuildPluginTarget: Sendable, Equatable {
    /// The target's name, which is the module's.
    public var name: String

    /// Creates the rules for a target.
    public init(name: String) {
        self.name = name
    }

    /// A message about this target, as every build-time error says it: `target NAME: …`.
    public func attributed(_ message: String) -> String {
        "target \(name): \(message)"
    }

    /// The configuration to generate with, or an error located at the config file's line.
    public func configure(_ config: GeneratorConfig) throws(GenerationError) -> GeneratorConfig {
        guard let file = config.file else {
            throw GenerationError(attributed("the build plugin needs the target's aliyun-codegen.yaml"))
        }
        var configured = config
        for key in [ConfigKey.output, .commandOutput, .commandName, .serverOutput] {
            if let line = config.lines[key] {
                throw GenerationError(
                    attributed(
                        "\"\(key)\" is not used at build time: the plugin writes the module into its "
                            + "work directory and builds no command-line client; remove it, or generate checked-in "
                            + "sources with `swift package generate-aliyun-sdk`"),
                    file: file, line: line)
            }
        }
        if let line = config.lines[.module], config.module != name {
            throw GenerationError(
                attributed(
                    "module \"\(config.module ?? "")\" differs from the target; the generated sources "
                        + "compile into the target, so the module is \(name): remove \"module\""),
                file: file, line: line)
        }
        if let line = config.lines[.layout], config.layout != .fixed {
            throw GenerationError(
                attributed(
                    "the build plugin always uses the fixed layout (SwiftPM must know every file in "
                        + "advance); remove \"layout\""),
                file: file, line: line)
        }
        configured.module = name
        configured.layout = .fixed
        let root = URL(fileURLWithPath: config.baseDirectory).standardizedFileURL.path
        func insideTarget(_ path: String) -> Bool {
            Self.fullPath(path, in: root).hasPrefix(root + "/")
        }
        if config.specs.isEmpty {
            let overlays = Set(config.overlays.map { Self.fullPath($0, in: root) })
            configured.specs = try discoveredSpec(in: root, file: file, excluding: overlays)
        }
        for (index, spec) in configured.specs.enumerated() where !insideTarget(spec) {
            throw GenerationError(
                attributed(
                    "spec \(spec) is outside the target's directory; the build plugin only watches the "
                        + "target's own files, so copy the spec into the target"),
                file: file, line: index < config.specLines.count ? config.specLines[index] : config.lines[.specs])
        }
        for (index, overlay) in config.overlays.enumerated() where !insideTarget(overlay) {
            throw GenerationError(
                attributed(
                    "overlay \(overlay) is outside the target's directory; the build plugin only watches the "
                        + "target's own files, so copy the overlay into the target"),
                file: file,
                line: index < config.overlayLines.count ? config.overlayLines[index] : config.lines[.overlays])
        }
        if let templates = config.templates, !insideTarget(templates) {
            throw GenerationError(
                attributed(
                    "templates \(templates) is outside the target's directory; the build plugin only "
                        + "watches the target's own files"),
                file: file, line: config.lines[.templates])
        }
        return configured
    }

    /// The one spec-like file below the target's directory that is not one of its `overlays` (full paths).
    private func discoveredSpec(
        in root: String, file: String, excluding overlays: Set<String>
    ) throws(GenerationError) -> [String] {
        let candidates = Self.specCandidates(in: root).filter { !overlays.contains(Self.fullPath($0, in: root)) }
        switch candidates.count {
        case 1:
            return candidates
        case 0:
            throw GenerationError(
                attributed(
                    "no spec: the target has no api-docs JSON or HTML documentation page (.json, .html, "
                        + ".htm); add one to the target, or name it under \"specs\""),
                file: file, line: 1)
        default:
            throw GenerationError(
                attributed(
                    "\(candidates.count) files could be the spec (\(candidates.joined(separator: ", "))); "
                        + "name the ones to use under \"specs\""),
                file: file, line: 1)
        }
    }

    /// A path as the config writes it, made absolute against the target's directory.
    static func fullPath(_ path: String, in root: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: root).appendingPathComponent(path).standardizedFileURL.path
    }

    /// Files below `root` with a spec extension, relative paths sorted; DocC catalogs are skipped.
    static func specCandidates(in root: String) -> [String] {
        let base = URL(fileURLWithPath: root).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
            return []
        }
        var found: [String] = []
        for case let url as URL in enumerator {
            if url.pathExtension == "docc" {
                enumerator.skipDescendants()
                continue
            }
            guard GeneratorInputs.specExtensions.contains(url.pathExtension.lowercased()) else { continue }
            found.append(String(url.standardizedFileURL.path.dropFirst(base.path.count + 1)))
        }
        return found.sorted()
    }
}
