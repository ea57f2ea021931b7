// This file is compiled into the generator (SwiftCodegen) and, through symbolic links, into both plugins
// (Plugins/AliyunCodegenPlugin, Plugins/GenerateAliyunSDK), which must find the same files the generator
// reads. Keep it free of imports.

/// The names of the files the generator reads.
enum GeneratorInputs {
    /// The configuration file, at a package's root or a target's.
    static let configFileName = "aliyun-codegen.yaml"
    /// Extensions of spec files: api-docs JSON and documentation pages.
    static let specExtensions: Set<String> = ["json", "html", "htm"]
    /// The extension of templates.
    static let templateExtension = "mustache"
}
