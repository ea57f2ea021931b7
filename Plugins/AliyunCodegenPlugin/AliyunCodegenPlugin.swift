import Foundation
import PackagePlugin

/// Generates an Alibaba Cloud SDK module at build time from the target's `aliyun-codegen.yaml` and spec.
///
/// A target that uses this plugin holds `aliyun-codegen.yaml` at its root and its spec files (an api-docs
/// JSON or a documentation page). The plugin runs `aliyun-codegen generate --plugin-target NAME`, the
/// CLI's own code path, into the plugin work directory, and the target compiles the result. Its inputs
/// are the config and every file of the target that could be a spec or a template; its outputs are
/// `FixedLayout.fileNames`, the same for every spec, so an unchanged spec regenerates nothing and a
/// changed one regenerates before compiling.
@main
struct AliyunCodegenPlugin: BuildToolPlugin {
    /// The config file's name at the target's root.
    static let configName = GeneratorInputs.configFileName
    /// Extensions of the target's files that the generator may read: specs and templates.
    static let inputExtensions = GeneratorInputs.specExtensions.union([GeneratorInputs.templateExtension])

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else {
            throw PluginFailure("target \(target.name): AliyunCodegenPlugin applies to Swift source targets only")
        }
        let directory = target.directoryURL
        let config = directory.appending(path: Self.configName)
        let files = Self.files(below: directory)
        guard FileManager.default.fileExists(atPath: config.path) else {
            let others = files.map(\.lastPathComponent).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            throw PluginFailure(
                "target \(target.name) uses AliyunCodegenPlugin but has no \(Self.configName) at its root "
                    + "(\(directory.path))"
                    + (others.isEmpty ? "" : "; found \(others.sorted().joined(separator: ", ")), rename it"))
        }
        let inputs = files.filter { Self.inputExtensions.contains($0.pathExtension.lowercased()) }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        return [
            .buildCommand(
                displayName: "Generating the \(target.name) SDK from \(target.name)/\(Self.configName)",
                executable: try context.tool(named: "aliyun-codegen").url,
                arguments: [
                    "generate", "--config", config.path, "--plugin-target", target.name, "--output", output.path,
                ],
                inputFiles: [config] + inputs,
                outputFiles: FixedLayout.fileNames.map { output.appending(path: $0) })
        ]
    }
}

extension AliyunCodegenPlugin {
    /// Every regular file below the target's directory, whether SwiftPM handles it or it is excluded, sorted
    /// by path.
    static func files(below directory: URL) -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: keys) else {
            return []
        }
        var files: [URL] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: Set(keys)).isRegularFile) == true {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
