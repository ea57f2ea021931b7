// swift-tools-version: 6.1
// The README's quick start, last step: an app that depends on the SDK package `generate-package` wrote (beside it, as
// ../MySDK) and nothing else, and sends an SMS. Scripts/quick-start.sh copies it there and runs it.
import PackageDescription

let package = Package(
    name: "SendSms",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "../MySDK")],
    targets: [
        .executableTarget(
            name: "send-sms", dependencies: [.product(name: "AliyunDysmsapi", package: "MySDK")])
    ],
    swiftLanguageModes: [.v6]
)
