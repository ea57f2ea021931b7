/// What a generation run produces, resolved from the config file and the command line.
public struct GenerationOptions: Sendable, Equatable {
    /// The Swift module the files belong to, e.g. `AliyunECS`.
    public var moduleName: String
    /// `public`, `package` or `internal`.
    public var accessModifier: String
    /// Whether clients check requests before sending unless told otherwise.
    public var validatesByDefault: Bool
    /// The client type's name; derived from the product when nil (`Ecs` → `ECSClient`).
    public var clientName: String?

    /// Creates options.
    public init(
        moduleName: String, accessModifier: String = "public", validatesByDefault: Bool = true,
        clientName: String? = nil
    ) {
        self.moduleName = moduleName
        self.accessModifier = accessModifier
        self.validatesByDefault = validatesByDefault
        self.clientName = clientName
    }
}
