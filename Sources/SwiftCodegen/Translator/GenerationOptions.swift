/// How the generated module's declarations are spread over files.
public enum FileLayout: String, Sendable, Equatable, CaseIterable {
    /// One file per declaration (request, each nested type and enum, query coding, validation,
    /// response, error, client method) in a directory per operation.
    case perType = "per-type"
    /// One file per operation holding all of its declarations.
    case perOperation = "per-operation"
    /// A fixed set of files whatever the spec holds (`FixedLayout.fileNames`): the client, and every
    /// operation in one of a fixed number of shards. The build-tool plugin uses it, because SwiftPM must
    /// know every output file before the generator runs. It carries no DocC catalog: SwiftPM compiles a
    /// plugin's generated `.swift` files but takes no catalog from a plugin.
    case fixed
}

/// What a generation run produces, resolved from the config file and the command line.
public struct GenerationOptions: Sendable, Equatable {
    /// The Swift module the files belong to, e.g. `AliyunECS`.
    public var moduleName: String
    /// `public`, `package` or `internal`.
    public var accessModifier: String
    /// The validation mode clients start with.
    public var validation: DefaultValidationMode
    /// The client type's name; derived from the product when nil (`Ecs` → `ECSClient`).
    public var clientName: String?
    /// How declarations are spread over files.
    public var layout: FileLayout
    /// Whether the module gets a DocC catalog (`<Module>.docc`); never in the `fixed` layout.
    public var documentationCatalog: Bool { layout != .fixed && catalogWanted }
    /// Whether the configuration asks for the catalog.
    public var catalogWanted: Bool
    /// The operations the configuration says may or may not be retried after a failure once sent.
    public var retryOverrides: RetryOverrides

    /// Creates options.
    public init(
        moduleName: String, accessModifier: String = "public", validation: DefaultValidationMode = .enforceStable,
        clientName: String? = nil, layout: FileLayout = .perOperation, catalogWanted: Bool = true,
        retryOverrides: RetryOverrides = RetryOverrides()
    ) {
        self.retryOverrides = retryOverrides
        self.catalogWanted = catalogWanted
        self.moduleName = moduleName
        self.accessModifier = accessModifier
        self.validation = validation
        self.clientName = clientName
        self.layout = layout
    }
}
