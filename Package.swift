// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "swift-aliyun-codegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "aliyun-codegen", targets: ["aliyun-codegen"]),
        .library(name: "SpecIR", targets: ["SpecIR"]),
        .library(name: "SpecReaders", targets: ["SpecReaders"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "SpecIR"),
        .target(name: "SpecReaders", dependencies: ["SpecIR", "CLibXML2"]),
        .executableTarget(
            name: "aliyun-codegen",
            dependencies: [
                "SpecIR",
                "SpecReaders",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SpecIRTests", dependencies: ["SpecIR"]),
        .testTarget(name: "SpecReadersTests", dependencies: ["SpecReaders", "SpecIR"], exclude: ["Fixtures"]),
        .testTarget(
            name: "AliyunCodegenCLITests",
            dependencies: ["aliyun-codegen"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
