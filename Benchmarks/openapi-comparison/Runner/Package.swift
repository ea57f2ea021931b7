// swift-tools-version: 6.1
// Only here so that Apple's swift-openapi-generator 1.14.3 can be built in release beside this
// repository, for Benchmarks/openapi-comparison/compare.sh:
//   swift build -c release --package-path Benchmarks/openapi-comparison/Runner --product swift-openapi-generator
// It has no code of its own.
import PackageDescription

let package = Package(
    name: "openapi-comparison-runner",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")
    ],
    targets: []
)
