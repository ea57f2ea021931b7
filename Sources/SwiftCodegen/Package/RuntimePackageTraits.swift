/// The traits of swift-aliyun-codegen's package (its `Package.swift`'s `traits:`) that a generated package asks for
/// on its `.package` line: as few as its modules need, since SwiftPM prunes from resolution every dependency package
/// whose uses are all guarded by traits not enabled (the generator's, the command-line clients', the emulators').
///
/// `AliyunRuntime` and `AliyunOSSRuntime` need none; `AliyunSLSRuntime` needs `LogService` (swift-protobuf).
/// `PackageTraitsTests` checks this against `Package.swift`.
public enum RuntimePackageTraits {
    /// Every trait `Package.swift` declares; all of them are its default traits.
    public static let declared: Set<String> = ["Generator", "CommandLineClients", "Emulators", "LogService"]

    /// The trait each runtime module needs, beyond `AliyunRuntime`'s none.
    public static let byRuntimeModule: [String: String] = ["AliyunSLSRuntime": "LogService"]

    /// The traits a package of modules on these runtime modules asks for, sorted.
    public static func traits(forRuntimeModules modules: some Sequence<String>) -> [String] {
        Set(modules.compactMap { byRuntimeModule[$0] }).sorted()
    }
}
