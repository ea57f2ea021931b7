import Foundation
import Yams

/// Reads `aliyun-codegen.yaml`. Every key is checked: an unknown key or a value of the wrong kind
/// is an error at its line.
///
/// ```yaml
/// specs: [spec/ecs/2014-05-26/api-docs.json]   # or a list, one per line
/// overlays: [spec/overlays/ecs/2014-05-26.json] # optional: corrections merged over the specs (SpecOverlay)
/// output: Generated/ECS
/// module: AliyunECS
/// operations: [ModifyImageAttribute]           # optional: all operations when absent
/// accessModifier: public                       # public, package or internal
/// validation: enforceStable                    # the mode clients start with: enforce, enforceStable, warn, off
/// client: ECSClient                            # optional: derived from the product
/// templates: MyTemplates                       # optional: override templates by name
/// commandOutput: Generated/ECSCommand          # optional: also generate the command-line client
/// commandName: aliyun-ecs                      # optional: derived from the product
/// layout: per-operation                        # or per-type: one file per declaration
/// serverOutput: Generated/ECSServer            # optional: also generate the server side
/// documentationCatalog: true                   # optional: false writes no <Module>.docc
/// retrySafe: [QuerySendDetails]                # optional: retried after 5xx and timeouts (RetryOverrides)
/// neverRetry: [SendSms]                        # optional: never retried once sent
/// ```
///
/// A file may describe several modules, one YAML document each, separated by `---` lines; `generate` then
/// renders them all and writes them together (``loadAll(text:path:)``).
public enum ConfigFileLoader {
    /// The keys a config file may hold.
    public static let knownKeys = ConfigKey.allCases.map(\.rawValue)

    /// Parses a config file that describes one module; `path` names it in errors and sets the base directory.
    ///
    /// - Throws: ``GenerationError`` for invalid settings, and for a file of several modules.
    public static func load(text: String, path: String) throws(GenerationError) -> GeneratorConfig {
        let configs = try loadAll(text: text, path: path)
        guard configs.count <= 1 else {
            throw GenerationError(
                "the file describes \(configs.count) modules (YAML documents); one is expected here", file: path,
                line: configs[1].firstLine)
        }
        return configs.first ?? emptyConfig(path: path)
    }

    /// Parses a config file of one or more modules, one YAML document each, in file order.
    public static func loadAll(text: String, path: String) throws(GenerationError) -> [GeneratorConfig] {
        var documents: [Node] = []
        do {
            let parser = try Parser(yaml: text)
            while let document = try parser.nextRoot() { documents.append(document) }
        } catch let error as YamlError {
            throw GenerationError("invalid YAML: \(error)", file: path, line: line(of: error))
        } catch {
            throw GenerationError("invalid YAML: \(error)", file: path)
        }
        guard !documents.isEmpty else { return [emptyConfig(path: path)] }
        var configs: [GeneratorConfig] = []
        for document in documents { configs.append(try config(document, path: path)) }
        return configs
    }

    private static func emptyConfig(path: String) -> GeneratorConfig {
        var config = GeneratorConfig()
        config.baseDirectory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        config.file = path
        return config
    }

    private static func config(_ root: Node?, path: String) throws(GenerationError) -> GeneratorConfig {
        var config = emptyConfig(path: path)
        guard let root else { return config }
        config.firstLine = root.line
        guard let mapping = root.mapping else {
            throw GenerationError("the configuration must be a mapping of keys to values", file: path, line: root.line)
        }
        for (keyNode, value) in mapping {
            guard let name = keyNode.string else {
                throw GenerationError("a key must be a string", file: path, line: keyNode.line)
            }
            guard let key = ConfigKey(rawValue: name) else {
                throw GenerationError(
                    "unknown key \"\(name)\"; known keys: \(knownKeys.joined(separator: ", "))", file: path,
                    line: keyNode.line)
            }
            func scalar() throws(GenerationError) -> String {
                guard let text = value.scalar?.string else {
                    throw GenerationError("\"\(key)\" must be a single value", file: path, line: value.line)
                }
                return text
            }
            func list() throws(GenerationError) -> [String] {
                if let text = value.scalar?.string { return [text] }
                guard let sequence = value.sequence else {
                    throw GenerationError(
                        "\"\(key)\" must be a value or a list of values", file: path, line: value.line)
                }
                var items: [String] = []
                for item in sequence {
                    guard let text = item.scalar?.string else {
                        throw GenerationError(
                            "every item of \"\(key)\" must be a single value", file: path, line: item.line)
                    }
                    items.append(text)
                }
                return items
            }
            config.lines[key] = keyNode.line
            switch key {
            case .specs:
                config.specs = try list()
                config.specLines = value.sequence.map { $0.map { $0.line ?? 0 } } ?? [value.line ?? 0]
            case .overlays:
                config.overlays = try list()
                config.overlayLines = value.sequence.map { $0.map { $0.line ?? 0 } } ?? [value.line ?? 0]
            case .operations: config.operations = try list()
            case .retrySafe, .neverRetry:
                let names = try list()
                for (name, line) in zip(names, value.sequence.map { $0.map(\.line) } ?? [value.line]) {
                    config.retryLines[name] = line ?? keyNode.line
                }
                if key == .retrySafe { config.retrySafe = names } else { config.neverRetry = names }
            case .output: config.output = try scalar()
            case .module: config.module = try scalar()
            case .client: config.client = try scalar()
            case .templates: config.templates = try scalar()
            case .commandOutput: config.commandOutput = try scalar()
            case .commandName: config.commandName = try scalar()
            case .serverOutput: config.serverOutput = try scalar()
            case .accessModifier:
                let modifier = try scalar()
                guard GeneratorConfig.accessModifiers.contains(modifier) else {
                    throw GenerationError(
                        "accessModifier must be one of \(GeneratorConfig.accessModifiers.joined(separator: ", ")), not \"\(modifier)\"",
                        file: path, line: value.line)
                }
                config.accessModifier = modifier
            case .layout:
                let text = try scalar()
                guard let layout = FileLayout(rawValue: text) else {
                    throw GenerationError(
                        "layout must be one of \(FileLayout.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"",
                        file: path, line: value.line)
                }
                config.layout = layout
            case .validation:
                let flag = value.scalar.flatMap { Bool.construct(from: $0) }
                let named = value.scalar.flatMap { DefaultValidationMode(name: $0.string) }
                guard let mode = flag.map({ $0 ? DefaultValidationMode.enforceStable : .off }) ?? named else {
                    throw GenerationError(
                        "validation must be one of \(DefaultValidationMode.names) (or true, false)", file: path,
                        line: value.line)
                }
                config.validation = mode
            case .documentationCatalog:
                guard let flag = value.scalar.flatMap({ Bool.construct(from: $0) }) else {
                    throw GenerationError("documentationCatalog must be true or false", file: path, line: value.line)
                }
                config.documentationCatalog = flag
            }
        }
        try config.checkRetryListsDisjoint()
        return config
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }
}

extension Node {
    /// The 1-based line where the node starts.
    fileprivate var line: Int? { mark?.line }
}
