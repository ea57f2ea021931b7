import ArgumentParser

/// The `aliyun-codegen` command: reads Alibaba Cloud API references and generates Swift SDKs.
@main
struct AliyunCodegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliyun-codegen",
        abstract: "Turn Alibaba Cloud API documentation into a typed, validated Swift SDK.",
        subcommands: [GenerateCommand.self, GeneratePackageCommand.self, DumpIRCommand.self, ConstraintsCommand.self]
    )
}
