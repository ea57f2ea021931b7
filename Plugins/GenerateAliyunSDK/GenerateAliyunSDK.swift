import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-aliyun-sdk [--target NAME …] [--check]`:
/// regenerates checked-in SDK sources with `aliyun-codegen generate`, the CLI's own code path.
///
/// The configs are the package's root `aliyun-codegen.yaml`, every target's own one and those of
/// `Sources/*/` (a new target has no source file until its first generation); a config counts
/// when it names an output directory (configs without one are the build plugin's). A config belongs to
/// the targets whose directory is or holds one of its outputs, and to the target holding it. `--target` keeps the
/// configs of the named targets; `--check` compares instead of writing and fails on drift, with a diff.
@main
struct GenerateAliyunSDK: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = extractor.extractOption(named: "target")
        let check = extractor.extractFlag(named: "check") > 0
        guard extractor.remainingArguments.isEmpty else {
            throw PluginFailure(
                "unexpected arguments \(extractor.remainingArguments.joined(separator: " ")); "
                    + "usage: generate-aliyun-sdk [--target NAME …] [--check]")
        }
        let tool = try context.tool(named: "aliyun-codegen").url
        let package = context.package

        var candidates = [package.directoryURL.appending(path: GeneratorInputs.configFileName)]
        candidates += package.targets.map { $0.directoryURL.appending(path: GeneratorInputs.configFileName) }
        // A new target whose sources are not generated yet has no source file, so SwiftPM does not list it:
        // its directory under Sources/ still counts, named after the directory.
        let sources = package.directoryURL.appending(path: "Sources")
        let directories = (try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []
        candidates += directories.sorted().map {
            sources.appending(path: $0).appending(path: GeneratorInputs.configFileName)
        }
        var seen: Set<String> = []
        var configs: [(file: URL, targets: [String])] = []
        for config in candidates where FileManager.default.fileExists(atPath: config.path) {
            guard seen.insert(config.standardizedFileURL.path).inserted else { continue }
            let outputs = try run(tool, ["generate", "--config", config.path, "--print-outputs"], quiet: true)
                .split(separator: "\n").map { URL(fileURLWithPath: String($0)).standardizedFileURL.path }
            guard !outputs.isEmpty else { continue }
            let holder = config.deletingLastPathComponent().standardizedFileURL.path
            var owners = package.targets.filter {
                let directory = $0.directoryURL.standardizedFileURL.path
                // A target owns the outputs in its directory: all of it (Generated/ECS) or a folder of it
                // (the STS client in Sources/AliyunRuntime/STS/Generated).
                return directory == holder || outputs.contains { $0 == directory || $0.hasPrefix(directory + "/") }
            }.map(\.name)
            let parent = config.deletingLastPathComponent().deletingLastPathComponent().standardizedFileURL.path
            if owners.isEmpty, parent == sources.standardizedFileURL.path {
                owners = [config.deletingLastPathComponent().lastPathComponent]
            }
            configs.append((config, owners))
        }
        let chosen = targetNames.isEmpty ? configs : configs.filter { !Set($0.targets).isDisjoint(with: targetNames) }
        for name in targetNames where !configs.contains(where: { $0.targets.contains(name) }) {
            throw PluginFailure(
                "target \(name) has no checked-in generated sources: no aliyun-codegen.yaml with an \"output\" "
                    + "names its directory")
        }
        guard !chosen.isEmpty else {
            throw PluginFailure(
                "no aliyun-codegen.yaml with an \"output\" in \(package.displayName) (looked at the package root "
                    + "and every target's directory)")
        }
        for config in chosen {
            print("== \(config.file.path) (\(config.targets.joined(separator: ", ")))")
            _ = try run(tool, ["generate", "--config", config.file.path] + (check ? ["--check"] : []), quiet: false)
        }
    }

    /// Runs the generator; its standard error goes to ours. Returns standard output (also echoed unless
    /// `quiet`); a non-zero exit is a failure.
    private func run(_ tool: URL, _ arguments: [String], quiet: Bool) throws -> String {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if !quiet { print(text, terminator: "") }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw PluginFailure(
                "aliyun-codegen \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
        }
        return text
    }
}
