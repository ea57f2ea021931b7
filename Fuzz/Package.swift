// swift-tools-version: 6.1
// libFuzzer harnesses for the readers: `bash Fuzz/run.sh` builds them with -sanitize=fuzzer and runs them.
import PackageDescription

let package = Package(
    name: "ReaderFuzzing",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "swift-aliyun-codegen", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(
            name: "fuzz-html",
            dependencies: ["FuzzSupport", .product(name: "SpecReaders", package: "swift-aliyun-codegen")]),
        .executableTarget(
            name: "fuzz-apidocs",
            dependencies: ["FuzzSupport", .product(name: "SpecReaders", package: "swift-aliyun-codegen")]),
        .executableTarget(
            name: "fuzz-prose",
            dependencies: ["FuzzSupport", .product(name: "SpecReaders", package: "swift-aliyun-codegen")]),
    ],
    swiftLanguageModes: [.v6]
)
