// swift-tools-version: 6.1
// The load generator of Benchmarks/emulator-load.sh: the generated ECS client against ecs-emulator.
import PackageDescription

let package = Package(
    name: "EmulatorLoad",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "swift-aliyun-codegen", path: "../..")],
    targets: [
        .executableTarget(
            name: "emulator-load",
            dependencies: [
                .product(name: "AliyunECSImages", package: "swift-aliyun-codegen"),
                .product(name: "AliyunRuntime", package: "swift-aliyun-codegen"),
            ])
    ],
    swiftLanguageModes: [.v6]
)
