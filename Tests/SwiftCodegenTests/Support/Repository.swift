import Foundation
import SwiftCodegen

/// The repository this test runs in, and runs of the generator against it.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The checked-in configuration's first module (AliyunECSImages), as `swift run aliyun-codegen generate` reads it.
    static func checkedInConfig() throws -> GeneratorConfig {
        try checkedInConfigs()[0]
    }

    /// Every module of the checked-in configuration, in file order.
    static func checkedInConfigs() throws -> [GeneratorConfig] {
        let path = path("aliyun-codegen.yaml")
        return try ConfigFileLoader.loadAll(text: try String(contentsOfFile: path, encoding: .utf8), path: path)
    }

    /// A checked-in configuration file, read as the generator reads it.
    static func config(at relative: String) throws -> GeneratorConfig {
        let path = path(relative)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try ConfigFileLoader.load(text: text, path: path)
    }

    /// A configuration for one spec file, relative to the repository.
    static func config(spec: String, output: String, module: String) -> GeneratorConfig {
        var config = GeneratorConfig()
        config.specs = [spec]
        config.output = output
        config.module = module
        config.baseDirectory = root.path
        return config
    }

    /// The adversarial fixture's module (`Tests/AdversarialSDK`), written to `output`.
    static func adversarialConfig(output: String = "Tests/AdversarialSDK") -> GeneratorConfig {
        config(
            spec: "Tests/SwiftCodegenTests/Fixtures/adversarial.api-docs.json", output: output, module: "AdversarialSDK"
        )
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("codegen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
