import SwiftCodegen

/// The resolved configuration as YAML, for `generate --print-config`.
enum ConfigPrinter {
    static func text(_ config: GeneratorConfig) -> String {
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "\n" + items.map { "  - \($0)" }.joined(separator: "\n")
        }
        return """
            specs: \(list(config.specs))
            overlays: \(list(config.overlays))
            operations: \(config.operations.isEmpty ? "[] # all" : list(config.operations))
            module: \(config.module ?? "~ # Aliyun<product>")
            output: \(config.output ?? "~")
            accessModifier: \(config.accessModifier)
            validation: \(config.validation.rawValue)
            client: \(config.client ?? "~ # from the product")
            templates: \(config.templates ?? "~ # built in")
            commandOutput: \(config.commandOutput ?? "~ # no command-line client")
            commandName: \(config.commandName ?? "~ # aliyun-<product>")
            serverOutput: \(config.serverOutput ?? "~ # no server side")
            layout: \(config.layout.rawValue)
            documentationCatalog: \(config.documentationCatalog)
            retrySafe: \(list(config.retrySafe))
            neverRetry: \(list(config.neverRetry))
            # relative paths are relative to: \(config.baseDirectory)

            """
    }
}
