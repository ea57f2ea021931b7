// swift-tools-version: 6.1
// The Swift side of Benchmarks/sls-producer-speed.sh: SLSProducer and SLSLogHandler against a loopback Log Service.
import PackageDescription

let package = Package(
    name: "SLSProducerSpeed",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "swift-aliyun-codegen", path: "../.."),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .executableTarget(
            name: "sls-producer-speed",
            dependencies: [
                .product(name: "AliyunRuntime", package: "swift-aliyun-codegen"),
                .product(name: "AliyunSLSRuntime", package: "swift-aliyun-codegen"),
                .product(name: "Logging", package: "swift-log"),
            ])
    ],
    swiftLanguageModes: [.v6]
)
