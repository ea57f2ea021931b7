import ArgumentParser

/// The `aliyun-codegen` command: reads Alibaba Cloud API references and generates Swift SDKs.
@main
struct AliyunCodegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliyun-codegen",
        abstract: "Turn Alibaba Cloud API documentation into a typed, validated Swift SDK.",
        subcommands: [
            GenerateCommand.self, GeneratePackageCommand.self, ProductsCommand.self, FetchCommand.self,
            DiffCommand.self, DumpIRCommand.self, ConstraintsCommand.self,
        ]
    )
}
