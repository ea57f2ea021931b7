/// A key of `aliyun-codegen.yaml`: the one place the names are spelled. The loader reads by it, errors name
/// it and record its line (``GeneratorConfig/lines``), and the build plugin's checks refer to it.
public enum ConfigKey: String, CaseIterable, Sendable, CustomStringConvertible {
    case specs, overlays, output, module, operations, accessModifier, validation, client, templates
    case commandOutput, commandName, layout, serverOutput, documentationCatalog, retrySafe, neverRetry

    /// The key as the file spells it.
    public var description: String { rawValue }
}
