import Foundation
import SpecIR
import SpecReaders
import SwiftSourceText

/// `aliyun-codegen generate-package`: one SwiftPM package with one library module per product, from a whole
/// corpus directory (`PRODUCT/VERSION/api-docs.json`) or a list of specs, on the shared runtime.
///
/// Each spec is rendered as `generate --spec` alone renders it (the same module and client names), into
/// `Sources/<Module>/`, every product on every core. Rules, each reported as a warning:
///
/// - a spec of a style the generator does not support (``StyleSupport``) is left out, with its located error;
/// - two specs deriving one module name (versions of a product): the newest version keeps the name, each older
///   one takes its version's digits (`AliyunCS20151215`);
/// - a module name that swift-aliyun-codegen's own package already has (``RuntimePackageTargets``), which
///   SwiftPM would refuse in one package graph: every spec deriving it takes its version's digits.
///
/// Nothing is written here: ``Result/files`` holds `Package.swift` and every module's files, paths relative
/// to the package.
public struct PackageGeneration: Sendable {
    /// Where the package depends on swift-aliyun-codegen for `AliyunRuntime`.
    public enum Runtime: Sendable, Equatable {
        /// A local checkout, as written in the manifest (relative to the package, or absolute).
        case path(String)
        /// A repository URL and the lowest version accepted.
        case url(String, from: String)
    }

    /// The specs, in the order given (a corpus directory's are sorted by path).
    public var specs: [String]
    /// The package's name.
    public var name: String
    /// The runtime dependency.
    public var runtime: Runtime
    /// The directory relative spec paths are resolved against, and headers name them from.
    public var baseDirectory: String

    /// What a run produced.
    public struct Result: Sendable {
        /// `Package.swift` and every module's files, paths relative to the package.
        public var files: [RenderedFile]
        /// Every module, in spec order: its name, the spec it comes from, and its operation count.
        public var modules: [(name: String, spec: String, operations: Int)]
        /// The specs left out, each with why.
        public var skipped: [(spec: String, reason: String)]
        /// Warnings: the readers', each rule's above.
        public var diagnostics: [Diagnostic]
    }

    /// A generation of these specs.
    public init(specs: [String], name: String = "AlibabaCloudSDK", runtime: Runtime, baseDirectory: String = ".") {
        self.specs = specs
        self.name = name
        self.runtime = runtime
        self.baseDirectory = baseDirectory
    }

    /// The `api-docs.json` files of a corpus directory (`PRODUCT/VERSION/api-docs.json`), sorted by path.
    public static func corpusSpecs(in directory: String) throws(GenerationError) -> [String] {
        let manager = FileManager.default
        guard let products = try? manager.contentsOfDirectory(atPath: directory) else {
            throw GenerationError("cannot read the corpus directory", file: directory, line: 0)
        }
        var specs: [String] = []
        for product in products.sorted() {
            let productPath = directory + "/" + product
            for version in ((try? manager.contentsOfDirectory(atPath: productPath)) ?? []).sorted() {
                let spec = productPath + "/" + version + "/api-docs.json"
                if manager.fileExists(atPath: spec) { specs.append(spec) }
            }
        }
        guard !specs.isEmpty else {
            throw GenerationError(
                "no PRODUCT/VERSION/api-docs.json under the corpus directory", file: directory, line: 0)
        }
        return specs
    }

    /// The PRODUCT directory of a corpus spec (`PRODUCT/VERSION/api-docs.json`).
    public static func corpusProduct(of spec: String) -> String {
        URL(fileURLWithPath: spec).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
    }

    /// Renders every module and the manifest; nothing is written.
    public func render() throws(GenerationError) -> Result {
        // Every spec is read first, so that module names are settled before anything renders.
        let reads = specs.concurrentMap { spec in Self.attempt { try run(spec, module: nil).read() } }
        // Versions of one product derive one name: the newest keeps it, older ones take their version.
        var byName: [String: [Int]] = [:]
        for (index, outcome) in reads.enumerated() {
            if case .success(let read) = outcome { byName[read.defaultModuleName, default: []].append(index) }
        }
        var renamed: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []
        for (name, indices) in byName.sorted(by: { $0.key < $1.key }) {
            let taken = RuntimePackageTargets.names.contains(name)
            guard indices.count > 1 || taken else { continue }
            let versions = indices.map { index -> (Int, String) in
                guard case .success(let read) = reads[index] else { return (index, "") }
                return (index, read.service.version)
            }
            let newest = taken ? nil : versions.max { $0.1 < $1.1 }?.0
            for (index, version) in versions where index != newest {
                let module = name + Self.versionSuffix(version)
                renamed[index] = module
                let why =
                    taken
                    ? "\(name) is a target of swift-aliyun-codegen's package, which the runtime comes from, and "
                        + "SwiftPM wants target names unique across a package graph; version \(version) becomes "
                        + module
                    : "\(name) is derived from \(indices.count) specs; version \(version) becomes \(module), the "
                        + "newest keeps \(name)"
                diagnostics.append(
                    Diagnostic(
                        .warning, why,
                        at: SourceLocation(file: RelativePath.from(baseDirectory, to: specs[index]), line: 0)))
            }
        }
        let moduleNames = renamed
        // Each service is let go as soon as its module has rendered, so the services read and the files
        // rendered are not all held at once.
        let pending = reads.map(TakeOnce.init)
        let outcomes = Array(pending.indices).concurrentMap { index in
            Self.attempt { try run(specs[index], module: moduleNames[index]).render(pending[index].take().get()) }
        }

        var files: [RenderedFile] = []
        var modules: [(name: String, spec: String, operations: Int)] = []
        var styleModules: [String: StyleRuntime] = [:]
        var skipped: [(spec: String, reason: String)] = []
        for (spec, outcome) in zip(specs, outcomes) {
            let shown = RelativePath.from(baseDirectory, to: resolve(spec))
            switch outcome {
            case .success(let result):
                diagnostics += result.diagnostics
                files += result.files.map {
                    RenderedFile(path: "Sources/\(result.moduleName)/\($0.path)", bytes: $0.bytes)
                }
                modules.append((result.moduleName, shown, result.operationCount))
                if let runtime = result.styleRuntime { styleModules[result.moduleName] = runtime }
            case .failure(let unsupported as UnsupportedStyleError):
                let error = unsupported.error
                skipped.append((shown, error.description))
                diagnostics.append(
                    Diagnostic(
                        .warning, "left out: " + error.message,
                        at: SourceLocation(file: error.file ?? shown, line: error.line ?? 0)))
            case .failure(let error as GenerationError):
                throw error
            case .failure(let error as DiagnosticError):
                throw GenerationError(
                    error.diagnostic.message, file: error.diagnostic.location.file,
                    line: error.diagnostic.location.line)
            case .failure(let error):
                throw GenerationError("\(shown): \(error)")
            }
        }
        guard !modules.isEmpty else { throw GenerationError("no spec yields a module: \(skipped.count) left out") }
        files.insert(try manifest(modules: modules.map(\.name), styleModules: styleModules), at: 0)
        return Result(files: files, modules: modules, skipped: skipped, diagnostics: diagnostics)
    }

    private func run(_ spec: String, module: String?) -> GenerationRun {
        var config = GeneratorConfig()
        config.specs = [spec]
        config.module = module
        config.output = "."
        config.baseDirectory = baseDirectory
        return GenerationRun(config: config)
    }

    private func resolve(_ path: String) -> String {
        path.hasPrefix("/")
            ? path : URL(fileURLWithPath: baseDirectory).appendingPathComponent(path).standardizedFileURL.path
    }

    /// A version as a module-name suffix: a date's digits (`2015-12-15` → `20151215`); a named version's letters and
    /// digits, each run of letters capitalised (AliGenie's `ip_1.0` → `Ip10`, told apart from `iap_1.0` → `Iap10`).
    public static func versionSuffix(_ version: String) -> String {
        var suffix = ""
        var startsWord = true
        for character in version {
            if character.isNumber, character.isASCII {
                suffix.append(character)
                startsWord = true
            } else if character.isLetter, character.isASCII {
                suffix += startsWord ? character.uppercased() : String(character)
                startsWord = false
            } else {
                startsWord = true
            }
        }
        return suffix
    }

    private static func attempt<Value>(_ body: () throws -> Value) -> Swift.Result<Value, any Error> {
        do { return .success(try body()) } catch { return .failure(error) }
    }

    private func manifest(
        modules: [String], styleModules: [String: StyleRuntime]
    ) throws(GenerationError) -> RenderedFile {
        // One list per style runtime, in the order the runtimes first appear among the modules.
        var runtimes: [StyleRuntime] = []
        for module in modules {
            if let runtime = styleModules[module], !runtimes.contains(runtime) { runtimes.append(runtime) }
        }
        let model = PackageManifestViewModel(
            nameLiteral: SwiftLiteral.string(name), specCount: specs.count,
            modules: ListLiteralViewModel(
                modules.filter { styleModules[$0] == nil }.map(SwiftLiteral.string), indent: "",
                declaration: "let modules = "),
            styleModules: runtimes.map { runtime in
                PackageManifestViewModel.StyleModules(
                    summary: runtime.manifestSummary, variable: runtime.manifestList,
                    runtimeLiteral: SwiftLiteral.string(runtime.module ?? "AliyunRuntime"),
                    modules: ListLiteralViewModel(
                        modules.filter { styleModules[$0] == runtime }.map(SwiftLiteral.string), indent: "",
                        declaration: "let \(runtime.manifestList) = "))
            },
            traits: "["
                + RuntimePackageTraits.traits(forRuntimeModules: runtimes.compactMap(\.module)).map(SwiftLiteral.string)
                .joined(separator: ", ") + "]",
            runtimePath: { if case .path(let path) = runtime { SwiftLiteral.string(path) } else { nil } }(),
            runtimeURL: {
                if case .url(let url, let version) = runtime {
                    PackageManifestViewModel.RuntimeURL(
                        url: SwiftLiteral.string(url), version: SwiftLiteral.string(version))
                } else {
                    nil
                }
            }())
        let renderer = try FileRenderer(templates: .embedded)
        let text = try renderer.render(
            FileViewModel(path: "Package.swift", template: "package-manifest", context: model))
        return RenderedFile(path: "Package.swift", contents: text)
    }
}

/// A value handed out once and then let go.
private final class TakeOnce<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    /// The value; a second call is a programming error.
    func take() -> Value {
        lock.lock()
        defer { lock.unlock() }
        guard let taken = value else { preconditionFailure("taken twice") }
        value = nil
        return taken
    }
}
