/// The settings of a generation run, as the config file and the command line give them.
public struct GeneratorConfig: Sendable, Equatable {
    /// Spec files (documentation pages or api-docs JSON), as written; relative paths are relative to `baseDirectory`.
    public var specs: [String] = []
    /// Spec overlays (``SpecReaders/SpecOverlay``) merged over the specs of their product and version, as
    /// written; relative paths are relative to `baseDirectory`. One that corrects none of the specs is an error.
    public var overlays: [String] = []
    /// The operations to generate; all when empty.
    public var operations: [String] = []
    /// The Swift module name, e.g. `AliyunECS`.
    public var module: String?
    /// The output directory, as written.
    public var output: String?
    /// `public`, `package` or `internal`.
    public var accessModifier: String = "public"
    /// The validation mode clients start with.
    public var validation: DefaultValidationMode = .enforceStable
    /// The client type's name; derived from the product when nil.
    public var client: String?
    /// A directory of templates that replace the built-in ones of the same name.
    public var templates: String?
    /// Where to write the command-line client's sources; no command-line client when nil.
    public var commandOutput: String?
    /// The command-line client's name, e.g. `aliyun-ecs`; derived from the product when nil.
    public var commandName: String?
    /// Where to write the server side's sources (handler protocol and router); none when nil.
    public var serverOutput: String?
    /// How declarations are spread over files.
    public var layout: FileLayout = .perOperation
    /// Whether the module gets a DocC catalog (`<Module>.docc`); never in the `fixed` layout. False for a
    /// module compiled into another one that has its own documentation (the STS client inside
    /// `AliyunRuntime`).
    public var documentationCatalog: Bool = true
    /// Operations retried after a failure once sent, whatever their access level and name say
    /// (``RetryOverrides``).
    public var retrySafe: [String] = []
    /// Operations never retried after a failure once sent.
    public var neverRetry: [String] = []
    /// The directory relative paths are resolved against: the config file's, or the working directory.
    public var baseDirectory: String = "."
    /// The config file this was read from, as given; nil when every setting came from the command line.
    public var file: String?
    /// The 1-based line of each key the config file sets, for errors about a setting.
    public var lines: [ConfigKey: Int] = [:]
    /// The 1-based line of each entry of `specs` in the config file, in order.
    public var specLines: [Int] = []
    /// The 1-based line of each entry of `overlays` in the config file, in order.
    public var overlayLines: [Int] = []
    /// The 1-based line of each operation `retrySafe` and `neverRetry` name in the config file.
    public var retryLines: [String: Int] = [:]
    /// The 1-based line where the module's settings start in the config file (its YAML document).
    public var firstLine: Int?

    /// Creates an empty configuration.
    public init() {}

    /// The directories a run writes, as written, each with what it holds and the config file's key that sets
    /// it: the module's (`output`), the command-line client's and the server side's, those the configuration
    /// names, in that order.
    public var outputDirectories: [(kind: String, key: ConfigKey, path: String)] {
        [
            ("output", .output, output), ("command output", .commandOutput, commandOutput),
            ("server output", .serverOutput, serverOutput),
        ]
        .compactMap { kind, key, path in path.map { (kind, key, $0) } }
    }

    /// The config file's name, at a package's root or a target's: `aliyun-codegen.yaml`.
    public static let fileName = GeneratorInputs.configFileName

    /// The access modifiers generated code may use.
    public static let accessModifiers = ["public", "package", "internal"]
}
