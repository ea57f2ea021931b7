import ArgumentParser
import Foundation
import SpecIR
import SwiftCodegen

/// `aliyun-codegen generate`: renders the Swift SDK from the specs into the output directory.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the Swift SDK sources from spec files.",
        discussion: """
            Settings come from the config file (--config FILE; without it, aliyun-codegen.yaml in the
            working directory when present and no --spec is given); each option given on the command
            line replaces the file's setting. Paths in
            the config file are relative to the file. Files are written only when their bytes change,
            atomically, and only after every file has rendered; generated files no longer produced are
            removed. With --check nothing is written: the command exits 1 and prints a diff when the
            output directory differs from what would be generated. A config file may describe several
            modules (YAML documents separated by ---): all are rendered first, then written together;
            command-line settings apply only to a file of one module.
            """
    )

    @Option(help: "The config file (default: aliyun-codegen.yaml, when present and no --spec is given).")
    var config: String?

    @Option(name: .customLong("spec"), help: "A spec file: HTML documentation page or api-docs JSON (repeatable).")
    var specs: [String] = []

    @Option(
        name: .customLong("overlay"),
        help: "A spec overlay: corrections in the api-docs format merged over the spec of its product (repeatable).")
    var overlays: [String] = []

    @Option(help: "The output directory.")
    var output: String?

    @Option(help: "Only these operations, comma-separated.")
    var operations: String?

    @Option(help: "The Swift module name of the generated sources (default: Aliyun<product>, e.g. AliyunECS).")
    var module: String?

    @Option(help: "The access modifier: public, package or internal.")
    var accessModifier: String?

    @Option(help: "The client type's name (default: from the product, e.g. ECSClient).")
    var client: String?

    @Option(help: "A directory of templates that replace the built-in ones of the same name.")
    var templates: String?

    @Option(help: "Also generate the command-line client's sources into this directory.")
    var commandOutput: String?

    @Option(help: "The command-line client's name (default: aliyun-<product>).")
    var commandName: String?

    @Option(help: "Also generate the server side (handler protocol and router) into this directory.")
    var serverOutput: String?

    @Option(help: "How declarations are spread over files: per-operation (default), per-type or fixed.")
    var layout: String?

    @Option(help: "The validation mode clients start with: enforce, enforceStable (default), warn or off.")
    var validation: String?

    @Option(
        help: ArgumentHelp(
            "Operations retried after a failure once sent (5xx, timeouts), comma-separated, whatever their access "
                + "level and name say."))
    var retrySafe: String?

    @Option(help: "Operations never retried after a failure once sent, comma-separated, even with a ClientToken.")
    var neverRetry: String?

    @Flag(help: "Compare with the output directory instead of writing; exit 1 on any difference.")
    var check = false

    @Flag(help: "Print the resolved configuration and exit.")
    var printConfig = false

    @Flag(
        help: "Print the output directories the configuration names (module, command, server), one per line, and exit.")
    var printOutputs = false

    @Option(
        help: ArgumentHelp(
            "Generate at build time for this SwiftPM target (used by AliyunCodegenPlugin): the module is the "
                + "target, the layout fixed, the specs the target's own files.",
            visibility: .hidden))
    var pluginTarget: String?

    @Flag(help: "Do not print the readers' warnings.")
    var quiet = false

    func run() throws {
        var configs: [GeneratorConfig]
        do {
            configs = try resolvedConfigs()
            if let pluginTarget {
                configs = [try BuildPluginTarget(name: pluginTarget).configure(try single(configs))]
            }
        } catch {
            StandardError.write(String(describing: error))
            throw ExitCode.failure
        }
        if printConfig {
            let texts = configs.map(ConfigPrinter.text)
            FileHandle.standardOutput.write(Data(texts.joined(separator: "---\n").utf8))
            return
        }
        let runs = configs.map { GenerationRun(config: $0) }
        if printOutputs {
            for (run, config) in zip(runs, configs) {
                for directory in config.outputDirectories { print(run.resolve(directory.path)) }
            }
            return
        }
        do {
            try SeparateOutputs.check(configs)
        } catch {
            StandardError.write(error.description)
            throw ExitCode.failure
        }
        // Every module renders before anything is written, so a failure in the last leaves all untouched.
        var outputs: [(files: [RenderedFile], directory: String)] = []
        for run in runs {
            let result: GenerationRun.Result
            do {
                result = try run.render()
            } catch {
                StandardError.write(located(error, run: run))
                throw ExitCode.failure
            }
            if !quiet {
                result.diagnostics.forEach { StandardError.write(located($0, run: run).description) }
                result.notes.forEach { StandardError.write("note: \($0)") }
            }
            outputs += result.outputs
        }
        if check {
            var clean = true
            for output in outputs {
                clean = report(OutputDirectory(path: output.directory), files: output.files) && clean
            }
            guard clean else {
                StandardError.write("error: the output differs from the generated sources; run aliyun-codegen generate")
                throw ExitCode.failure
            }
            return
        }
        do {
            let reports = try OutputDirectory.write(
                outputs.map { (directory: OutputDirectory(path: $0.directory), files: $0.files) })
            for (output, written) in zip(outputs, reports) {
                print(
                    "\(output.files.count) files in \(output.directory): \(written.written.count) written, "
                        + "\(written.unchanged.count) unchanged, \(written.removed.count) removed")
            }
        } catch {
            StandardError.write(error.description)
            throw ExitCode.failure
        }
    }

    /// At build time, problems name the target and absolute paths, so that build logs and IDEs point at the
    /// file; otherwise they are printed as they are.
    private func located(_ error: any Error, run: GenerationRun) -> String {
        switch error {
        case let error as DiagnosticError: return located(error.diagnostic, run: run).description
        case let unsupported as UnsupportedStyleError: return located(unsupported.error, run: run)
        case var error as GenerationError:
            guard let pluginTarget else { return error.description }
            error.file = error.file.map(run.resolve)
            error.message = BuildPluginTarget(name: pluginTarget).attributed(error.message)
            return error.description
        default: return String(describing: error)
        }
    }

    private func located(_ diagnostic: Diagnostic, run: GenerationRun) -> Diagnostic {
        guard let pluginTarget else { return diagnostic }
        var diagnostic = diagnostic
        diagnostic.location.file = run.resolve(diagnostic.location.file)
        if diagnostic.severity == .error {
            diagnostic.message = BuildPluginTarget(name: pluginTarget).attributed(diagnostic.message)
        }
        return diagnostic
    }

    /// Prints how the directory differs; true when it does not.
    private func report(_ directory: OutputDirectory, files: [RenderedFile]) -> Bool {
        let drift = directory.drift(from: files)
        guard !drift.isEmpty else {
            print("\(files.count) files in \(directory.path) are up to date")
            return true
        }
        for path in drift.missing { print("missing: \(path)") }
        for path in drift.extra { print("extra: \(path)") }
        for path in drift.changed {
            let planned = files.first { $0.path == path }?.contents ?? ""
            print(UnifiedDiff.diff(old: directory.contents(of: path) ?? "", new: planned, path: path), terminator: "")
        }
        return false
    }

    /// The one module of a config file, for the settings that apply to one.
    private func single(_ configs: [GeneratorConfig]) throws -> GeneratorConfig {
        guard configs.count == 1 else {
            throw GenerationError(
                "the config file describes \(configs.count) modules; command-line settings and --plugin-target "
                    + "apply to a file of one module", file: configs.first?.file,
                line: configs.dropFirst().first?.firstLine)
        }
        return configs[0]
    }

    /// Whether any setting of a module is given on the command line.
    private var overridesModuleSettings: Bool {
        !specs.isEmpty || !overlays.isEmpty || output != nil || operations != nil || module != nil
            || accessModifier != nil
            || client != nil || templates != nil || commandOutput != nil || commandName != nil
            || serverOutput != nil || layout != nil || validation != nil || retrySafe != nil || neverRetry != nil
    }

    private func resolvedConfigs() throws -> [GeneratorConfig] {
        // The default config file applies only when no spec is named on the command line.
        let defaultConfig = specs.isEmpty && FileManager.default.fileExists(atPath: GeneratorConfig.fileName)
        let path = config ?? (defaultConfig ? GeneratorConfig.fileName : nil)
        guard let path else { return [try overridden(GeneratorConfig())] }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw GenerationError("cannot read the config file", file: path, line: 0)
        }
        let configs = try ConfigFileLoader.loadAll(text: text, path: path)
        guard overridesModuleSettings else { return configs }
        return [try overridden(try single(configs))]
    }

    /// The config with the command line's settings applied.
    private func overridden(_ config: GeneratorConfig) throws -> GeneratorConfig {
        var resolved = config
        let workingDirectory = FileManager.default.currentDirectoryPath
        if !specs.isEmpty {
            resolved.specs = specs.map { absolute($0, in: workingDirectory, base: resolved.baseDirectory) }
        }
        if !overlays.isEmpty {
            resolved.overlays = overlays.map { absolute($0, in: workingDirectory, base: resolved.baseDirectory) }
        }
        if let output { resolved.output = absolute(output, in: workingDirectory, base: resolved.baseDirectory) }
        if let operations { resolved.operations = names(operations) }
        if let retrySafe { resolved.retrySafe = names(retrySafe) }
        if let neverRetry { resolved.neverRetry = names(neverRetry) }
        if let module { resolved.module = module }
        if let accessModifier {
            guard GeneratorConfig.accessModifiers.contains(accessModifier) else {
                throw GenerationError(
                    "--access-modifier must be one of \(GeneratorConfig.accessModifiers.joined(separator: ", "))")
            }
            resolved.accessModifier = accessModifier
        }
        if let client { resolved.client = client }
        if let templates {
            resolved.templates = absolute(templates, in: workingDirectory, base: resolved.baseDirectory)
        }
        if let validation {
            guard let mode = DefaultValidationMode(name: validation) else {
                throw GenerationError("--validation must be one of \(DefaultValidationMode.names)")
            }
            resolved.validation = mode
        }
        if let commandOutput {
            resolved.commandOutput = absolute(commandOutput, in: workingDirectory, base: resolved.baseDirectory)
        }
        if let commandName { resolved.commandName = commandName }
        if let serverOutput {
            resolved.serverOutput = absolute(serverOutput, in: workingDirectory, base: resolved.baseDirectory)
        }
        if let layout {
            guard let value = FileLayout(rawValue: layout) else {
                throw GenerationError(
                    "--layout must be one of \(FileLayout.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            resolved.layout = value
        }
        return resolved
    }

    /// The names of a comma-separated list.
    private func names(_ list: String) -> [String] {
        list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    /// Command-line paths are relative to the working directory; keep them relative to the base
    /// directory when they are inside it, so headers stay the same on every machine.
    private func absolute(_ path: String, in workingDirectory: String, base: String) -> String {
        let full =
            path.hasPrefix("/")
            ? path : URL(fileURLWithPath: workingDirectory).appendingPathComponent(path).standardizedFileURL.path
        let baseURL = URL(fileURLWithPath: base).standardizedFileURL.path
        return full.hasPrefix(baseURL + "/") ? String(full.dropFirst(baseURL.count + 1)) : full
    }
}
