import Foundation
import SpecIR
import SpecReaders

/// One run: read the specs, keep the chosen operations, render every file.
public struct GenerationRun: Sendable {
    /// The rendered files and the readers' warnings.
    public struct Result: Sendable {
        /// Every file of the module.
        public var files: [RenderedFile]
        /// Warnings met while reading and translating.
        public var diagnostics: [Diagnostic]
        /// What the run decided that the configuration did not say (a module name taken from the product).
        public var notes: [String] = []
        /// The output directory, resolved.
        public var outputDirectory: String
        /// The command-line client's files and directory, when asked for.
        public var command: (files: [RenderedFile], directory: String)?
        /// The server side's files and directory, when asked for.
        public var server: (files: [RenderedFile], directory: String)? = nil
        /// The Swift module the files belong to.
        public var moduleName: String = ""
        /// The API's product code and version, as the spec gives them.
        public var product: (code: String, version: String) = ("", "")
        /// How many operations the module has.
        public var operationCount = 0
        /// The style's runtime the module imports and depends on besides `AliyunRuntime` (OSS's, Log Service's); nil
        /// when `AliyunRuntime` is all it needs.
        var styleRuntime: StyleRuntime?

        /// Every output: the module's, then the command's, then the server side's.
        public var outputs: [(files: [RenderedFile], directory: String)] {
            [(files, outputDirectory)] + (command.map { [$0] } ?? []) + (server.map { [$0] } ?? [])
        }
    }

    /// The configuration.
    public var config: GeneratorConfig

    /// Creates a run.
    public init(config: GeneratorConfig) {
        self.config = config
    }

    /// The service the specs describe, read, checked and filtered to the chosen operations, with the readers'
    /// warnings: what ``render(_:)`` renders.
    public struct ReadSpecs: Sendable {
        /// The service, holding only the chosen operations.
        public var service: ServiceSpec
        /// The readers' warnings.
        public var diagnostics: [Diagnostic]
        /// The specs' paths as generated code names them.
        public var sources: [String]
        /// The module name a run without `module` in its configuration gives the service.
        public var defaultModuleName: String { Generator.defaultModuleName(for: service) }
    }

    /// Reads, filters and renders; nothing is written.
    public func render() throws -> Result {
        _ = try outputDirectory()
        return try render(read())
    }

    /// The output directory as configured.
    private func outputDirectory() throws(GenerationError) -> String {
        guard let output = config.output else {
            throw GenerationError("no output directory: give --output DIR or \"output\" in the config file")
        }
        return output
    }

    /// Reads every spec, checks its style, merges them into one service and keeps the chosen operations.
    public func read() throws -> ReadSpecs {
        guard !config.specs.isEmpty else {
            throw GenerationError("no spec: give --spec FILE or list specs in the config file")
        }
        var diagnostics: [Diagnostic] = []
        var service: ServiceSpec?
        var definedBy: [String: String] = [:]
        let sources = config.specs.map(displayPath)
        let overlays = try readOverlays()
        var overlaysUsed: Set<String> = []
        for (index, (spec, source)) in zip(config.specs, sources).enumerated() {
            // A spec of a style the generator refuses is refused before its operations are read.
            let result = try SpecReader.read(
                bytes: try bytes(of: spec, kind: "spec", entry: index, lines: config.specLines), path: source,
                overlays: overlays,
                readingOperationsOf: StyleSupport.supported)
            overlaysUsed.formUnion(result.overlays)
            try StyleSupport.check(
                result.service, sources: [source], wantsServer: config.serverOutput != nil,
                wantsCommand: config.commandOutput != nil)
            diagnostics += result.diagnostics
            service = try merge(result.service, into: service, from: source, definedBy: &definedBy)
        }
        guard var service else { throw GenerationError("no spec was read") }
        for (index, overlay) in overlays.enumerated() where !overlaysUsed.contains(overlay.path) {
            throw GenerationError(
                "overlay \(overlay.path) corrects \(overlay.product) \(overlay.version); no spec of this module is "
                    + "that API (\(service.product) \(service.version))",
                file: config.file ?? overlay.path,
                line: config.file != nil && index < config.overlayLines.count ? config.overlayLines[index] : 1)
        }
        try config.checkRetryOverrides(against: service)
        if !config.operations.isEmpty {
            let known = Set(service.operations.map(\.name))
            let unknown = config.operations.filter { !known.contains($0) }
            guard unknown.isEmpty else {
                throw GenerationError(
                    "no operation named \(unknown.joined(separator: ", ")) in \(sources.joined(separator: ", "))")
            }
            service.operations = service.operations.filter { config.operations.contains($0.name) }
        }
        return ReadSpecs(
            service: service, diagnostics: diagnostics, sources: sources + overlays.map(\.path))
    }

    /// Renders what ``read()`` read; nothing is written.
    public func render(_ read: ReadSpecs) throws -> Result {
        let output = try outputDirectory()
        let service = read.service
        let sources = read.sources
        var diagnostics = read.diagnostics
        let options = GenerationOptions(
            moduleName: config.module ?? read.defaultModuleName,
            accessModifier: config.accessModifier, validation: config.validation, clientName: config.client,
            layout: config.layout, catalogWanted: config.documentationCatalog, retryOverrides: config.retryOverrides)
        var templates = TemplateSet.embedded
        if let directory = config.templates { templates = try templates.overridden(by: resolve(directory)) }
        try SeparateOutputs.check([config])
        let commandDirectory = config.commandOutput.map(resolve)
        let rendered = try Generator.render(
            service, options: options, sources: sources, templates: templates,
            commandName: commandDirectory.map { _ in config.commandName ?? Generator.defaultCommandName(for: service) },
            server: config.serverOutput != nil)
        let files = rendered.files
        diagnostics += rendered.diagnostics
        let command = commandDirectory.flatMap { directory in
            rendered.commandFiles.map { (files: $0, directory: directory) }
        }
        var notes: [String] = []
        if config.module == nil {
            notes.append(
                "module \(options.moduleName) and client \(rendered.clientName) are named after the product "
                    + "\"\(service.product)\"; give --module and --client to choose others")
        }
        let server = config.serverOutput.flatMap { directory in
            rendered.serverFiles.map { (files: $0, directory: resolve(directory)) }
        }
        return Result(
            files: files, diagnostics: diagnostics, notes: notes, outputDirectory: resolve(output), command: command,
            server: server, moduleName: options.moduleName, product: (service.product, service.version),
            operationCount: service.operations.count,
            styleRuntime: StyleRuntime.of(service.style).flatMap { $0.module == nil ? nil : $0 })
    }

    /// A path as written, resolved against the base directory.
    public func resolve(_ path: String) -> String {
        path.hasPrefix("/")
            ? path : URL(fileURLWithPath: config.baseDirectory).appendingPathComponent(path).standardizedFileURL.path
    }

    /// A spec's path as generated code and diagnostics name it: relative to the base directory (the
    /// config file's, or the working directory), never absolute, so output is the same on every machine.
    func displayPath(_ spec: String) -> String {
        RelativePath.from(config.baseDirectory, to: resolve(spec))
    }

    /// The overlays the configuration names, read and checked.
    private func readOverlays() throws -> [SpecOverlay] {
        var overlays: [SpecOverlay] = []
        for (index, overlay) in config.overlays.enumerated() {
            let bytes = try bytes(of: overlay, kind: "overlay", entry: index, lines: config.overlayLines)
            overlays.append(try SpecOverlay(bytes: bytes, path: displayPath(overlay)))
        }
        return overlays
    }

    /// A spec's (or an overlay's) bytes; a file that cannot be read is reported at the config file's line
    /// naming it (`lines`, one per entry), when the config file named it.
    private func bytes(of spec: String, kind: String, entry: Int, lines: [Int]) throws -> [UInt8] {
        let resolved = resolve(spec)
        guard let data = FileManager.default.contents(atPath: resolved) else {
            let reason = FileManager.default.fileExists(atPath: resolved) ? "cannot read the file" : "no such file"
            if let file = config.file, entry < lines.count {
                throw GenerationError("\(kind) \(spec): \(reason)", file: file, line: lines[entry])
            }
            throw DiagnosticError(reason, at: SourceLocation(file: spec, line: 0))
        }
        return [UInt8](data)
    }

    /// Several specs make one service: the first gives product and version, operations add up, and an
    /// operation defined twice is an error.
    private func merge(
        _ next: ServiceSpec, into current: ServiceSpec?, from spec: String, definedBy: inout [String: String]
    ) throws(GenerationError) -> ServiceSpec {
        for operation in next.operations {
            if let other = definedBy[operation.name] {
                throw GenerationError(
                    "operation \(operation.name) is also defined by \(other)", file: spec, line: operation.source.line)
            }
            definedBy[operation.name] = spec
        }
        guard var merged = current else { return next }
        guard merged.product == next.product, merged.version == next.version else {
            throw GenerationError(
                "\(next.product) \(next.version) is not the API of the first spec (\(merged.product) \(merged.version))",
                file: spec, line: 1)
        }
        merged.operations += next.operations
        for endpoint in next.endpoints where !merged.endpoints.contains(where: { $0.regionId == endpoint.regionId }) {
            merged.endpoints.append(endpoint)
        }
        return merged
    }
}
