/// The targets of swift-aliyun-codegen's own package, which every generated package depends on for
/// `AliyunRuntime`.
///
/// SwiftPM wants target names unique across a package graph, and a package that takes one product of a
/// dependency still sees all of its targets: a generated module of one of these names would not build.
/// `PackageGenerationTests` checks this list against `Package.swift`.
public enum RuntimePackageTargets {
    /// Every target name `Package.swift` declares, in any build configuration.
    public static let names: Set<String> = [
        "AdversarialSDK", "AliyunCSComplete", "AliyunCSCompleteTests", "AliyunCodegenCLITests", "AliyunCodegenPlugin",
        "AliyunCommandSupport", "AliyunOSS", "AliyunOSSTests", "AliyunOSSRuntime", "AliyunOSSRuntimeTests",
        "AliyunECSComplete",
        "AliyunECSCompleteServer", "AliyunECSCompleteTests",
        "AliyunECSImages", "AliyunECSImagesServer", "AliyunECSTests", "AliyunRuntime", "AliyunRuntimeTests",
        "AliyunServerSupport", "AliyunServerSupportTests", "AliyunXML", "AliyunXMLTests", "CLibXML2", "CloudControlSDK",
        "AliyunSLS", "AliyunSLSRuntime", "AliyunSLSRuntimeTests", "CLZ4", "CZstd", "PDSSDK", "AliGenieSDK",
        "StyleConformanceTests", "OCRSDK", "ARMSSDK", "FCSDK", "FCOpenSDK", "ECSEmulator", "EmulatorHandlers",
        "EmulatorSupportTests",
        "ECSEmulatorTests", "EmulatorSupport", "OSSEmulator", "OSSEmulatorTests",
        "GenerateAliyunSDK", "LoopbackServer", "ResourceInference", "ResourceInferenceTests", "PatternMatching",
        "AliyunEmulator", "aliyun-emulator", "AliyunEmulatorTests", "EmulatorVPCSDK", "EmulatorECSSDK", "EmulatorCSSDK",
        "PatternMatchingTests", "ROASDK", "ROASDKTests",
        "SpecDiff", "SpecDiffTests", "SpecFetching", "SpecFetchingTests", "SpecIR", "SpecIRTests", "SpecReaders",
        "SpecReadersTests", "StaleRulesSDK", "StaleRulesSDKTests", "SwiftCodegen", "SwiftCodegenTests",
        "SwiftSourceText", "TemplateRendering", "TemplateRenderingTests", "adversarial-cli", "aliyun-codegen",
        "aliyun-cs-complete", "aliyun-ecs-complete",
        "aliyun-ecs-images", "aliyun-oss", "AliyunOSSCommandTests", "ecs-emulator", "oss-emulator", "roa-cli",
        "template-embedder",
    ]
}
