// swift-tools-version: 6.1
import PackageDescription

/// A product that only one part of this package uses, guarded by that part's trait (`traits:` below): a package that
/// depends on this one without the trait does not resolve the product's package at all.
func product(_ name: String, in package: String, trait: String) -> Target.Dependency {
    product(name, in: package, traits: [trait])
}

/// A product that several parts of this package use, resolved when any of their traits is enabled.
func product(_ name: String, in package: String, traits: Set<String>) -> Target.Dependency {
    .product(name: name, package: package, condition: .when(traits: traits))
}

let package = Package(
    name: "swift-aliyun-codegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "aliyun-codegen", targets: ["aliyun-codegen"]),
        .library(name: "SpecIR", targets: ["SpecIR"]),
        .library(name: "SpecReaders", targets: ["SpecReaders"]),
        .library(name: "SwiftCodegen", targets: ["SwiftCodegen"]),
        .library(name: "AliyunRuntime", targets: ["AliyunRuntime"]),
        .library(name: "AliyunECSImages", targets: ["AliyunECSImages"]),
        .library(name: "AliyunOSS", targets: ["AliyunOSS"]),
        .library(name: "AliyunOSSRuntime", targets: ["AliyunOSSRuntime"]),
        .library(name: "AliyunSLS", targets: ["AliyunSLS"]),
        .library(name: "AliyunSLSRuntime", targets: ["AliyunSLSRuntime"]),
        .library(name: "AliyunCommandSupport", targets: ["AliyunCommandSupport"]),
        .library(name: "AliyunServerSupport", targets: ["AliyunServerSupport"]),
        .library(name: "AliyunECSImagesServer", targets: ["AliyunECSImagesServer"]),
        // An offline ECS: verifies signatures as Alibaba Cloud does and keeps images in memory; a preset of
        // AliyunEmulator.
        .library(name: "ECSEmulator", targets: ["ECSEmulator"]),
        // The handlers the emulators mount by hand: ECS's image store and STS.
        .library(name: "EmulatorHandlers", targets: ["EmulatorHandlers"]),
        .executable(name: "ecs-emulator", targets: ["ecs-emulator"]),
        // An offline Alibaba Cloud: any product of a corpus, with inferred resources.
        .library(name: "AliyunEmulator", targets: ["AliyunEmulator"]),
        .executable(name: "aliyun-emulator", targets: ["aliyun-emulator"]),
        .executable(name: "oss-emulator", targets: ["oss-emulator"]),
        .executable(name: "aliyun-oss", targets: ["aliyun-oss"]),
        .executable(name: "aliyun-ecs-images", targets: ["aliyun-ecs-images"]),
        // A real HTTP/1.1 server on 127.0.0.1, for tests of code that calls Alibaba Cloud.
        .library(name: "LoopbackServer", targets: ["LoopbackServer"]),
        .plugin(name: "AliyunCodegenPlugin", targets: ["AliyunCodegenPlugin"]),
        .plugin(name: "GenerateAliyunSDK", targets: ["GenerateAliyunSDK"]),
    ],
    // What a package that depends on this one resolves (issue 33). With no traits (`traits: []` on its `.package`
    // line, as `generate-package` writes it) only AliyunRuntime's own dependencies: swift-crypto, async-http-client,
    // swift-nio, swift-log and what they need. Each trait adds the dependencies of one part of this package, and
    // SwiftPM prunes a dependency package every use of which is guarded by a trait not enabled; this package
    // itself, and a consumer that names no traits, gets them all (the default).
    traits: [
        .trait(name: "Generator", description: "aliyun-codegen and its plugins: swift-argument-parser, Yams."),
        .trait(
            name: "CommandLineClients",
            description: "The generated command-line clients (AliyunCommandSupport, aliyun-oss): swift-argument-parser."
        ),
        .trait(
            name: "Emulators",
            description:
                "The emulators: Hummingbird, swift-service-lifecycle, swift-argument-parser, Yams (they read specs)."),
        .trait(name: "LogService", description: "Log Service's runtime (AliyunSLSRuntime, AliyunSLS): swift-protobuf."),
        .default(enabledTraits: ["Generator", "CommandLineClients", "Emulators", "LogService"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // The emulator's HTTP server; no default traits (swift-configuration is not needed).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Log Service's LogGroup (PutLogs's body, PullLogs's answer); its Swift code is generated once and committed.
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
        // `swift package generate-documentation --target AliyunECSImages` builds the generated module's DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "SpecIR"),
        .target(
            name: "AliyunRuntime",
            dependencies: [
                "PatternMatching",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "AliyunECSImages", dependencies: ["AliyunRuntime"], path: "Generated/ECS"),
        // What every generated server side shares: request verification as Alibaba Cloud's gateway does it.
        .target(
            name: "AliyunServerSupport",
            dependencies: ["AliyunRuntime", .product(name: "Crypto", package: "swift-crypto")]),
        // The generated server side of AliyunECSImages: a handler protocol and its router.
        .target(
            name: "AliyunECSImagesServer", dependencies: ["AliyunECSImages", "AliyunServerSupport", "AliyunRuntime"],
            path: "Generated/ECSServer"),
        // What the emulators share: a Hummingbird server started on a free port and stopped gracefully, the key their
        // command lines accept, and their control surface: faults, the request journal, the control token.
        .target(
            name: "EmulatorSupport",
            dependencies: [
                "AliyunRuntime", "AliyunServerSupport",
                product("ArgumentParser", in: "swift-argument-parser", trait: "Emulators"),
                product("Hummingbird", in: "hummingbird", trait: "Emulators"),
                product("ServiceLifecycle", in: "swift-service-lifecycle", trait: "Emulators"),
                product("UnixSignals", in: "swift-service-lifecycle", trait: "Emulators"),
                product("HTTPTypes", in: "swift-http-types", trait: "Emulators"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]),
        // Handlers written by hand over generated server sides, which the emulators mount: ECS's image store (every
        // ModifyImageAttribute error reachable; its state document, EmulatorState) and STS (role sessions, OIDC).
        .target(
            name: "EmulatorHandlers",
            dependencies: [
                "AliyunECSImages", "AliyunECSImagesServer", "AliyunServerSupport", "AliyunRuntime", "EmulatorSupport",
            ]),
        // The ECS emulator: a preset of AliyunEmulator (no spec products; the image store, STS, and optionally a
        // whole product's generated router), with ecs-emulator's state document and in-process API.
        .target(
            name: "ECSEmulator",
            dependencies: [
                "AliyunEmulator", "EmulatorHandlers", "AliyunServerSupport", "AliyunRuntime", "EmulatorSupport",
            ]),
        // An offline Alibaba Cloud: every RPC and ROA product of a corpus served from its IR at run time, with
        // resources inferred from the specs (issue 34).
        .target(
            name: "AliyunEmulator",
            dependencies: [
                "AliyunRuntime", "AliyunServerSupport", "EmulatorSupport", "EmulatorHandlers", "ResourceInference",
                "SpecIR", "SpecReaders", "SwiftCodegen",
            ]),
        .executableTarget(
            name: "aliyun-emulator",
            dependencies: [
                "AliyunEmulator", "EmulatorHandlers", "EmulatorSupport", "ResourceInference",
                product("ArgumentParser", in: "swift-argument-parser", trait: "Emulators"),
            ]),
        .executableTarget(
            name: "ecs-emulator",
            dependencies: [
                "ECSEmulator", "EmulatorSupport",
                product("ArgumentParser", in: "swift-argument-parser", trait: "Emulators"),
            ]),
        // XML read (Foundation's streaming parser, bounded, no entities) and written (escaped by construction): OSS's
        // bodies and errors.
        .target(name: "AliyunXML"),
        // What the generated OSS client stands on: calls addressed, signed, streamed both ways with CRC-64 checked,
        // OSS's error documents read.
        .target(
            name: "AliyunOSSRuntime",
            dependencies: [
                "AliyunRuntime", "AliyunXML", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Log Service's compressions, through the system's liblz4 and libzstd.
        .systemLibrary(name: "CLZ4", pkgConfig: "liblz4", providers: [.apt(["liblz4-dev"]), .brew(["lz4"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]),
        // What the generated Log Service client stands on: its gateway (signature, host, protobuf and compressed
        // bodies).
        .target(
            name: "AliyunSLSRuntime",
            dependencies: [
                "AliyunRuntime", "CLZ4", "CZstd", product("SwiftProtobuf", in: "swift-protobuf", trait: "LogService"),
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            exclude: ["Protobuf/sls_logs.proto"]),
        // The Log Service client generated from its metadata and the project's overlay (`aliyun-codegen.yaml`).
        .target(name: "AliyunSLS", dependencies: ["AliyunRuntime", "AliyunSLSRuntime"], path: "Generated/SLS"),
        // The OSS client generated from OSS's metadata and the project's overlay (`aliyun-codegen.yaml`).
        .target(name: "AliyunOSS", dependencies: ["AliyunRuntime", "AliyunOSSRuntime"], path: "Generated/OSS"),
        // The OSS emulator: buckets and objects in memory behind a Hummingbird server, Signature V4 verified.
        .target(
            name: "OSSEmulator",
            dependencies: [
                "AliyunRuntime", "AliyunServerSupport", "AliyunXML", "EmulatorSupport",
                product("Hummingbird", in: "hummingbird", trait: "Emulators"),
                product("HTTPTypes", in: "swift-http-types", trait: "Emulators"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .executableTarget(
            name: "oss-emulator",
            dependencies: [
                "OSSEmulator", "AliyunRuntime",
                product("ArgumentParser", in: "swift-argument-parser", trait: "Emulators"),
            ]),
        // aliyun-oss: cp (resumable, CRC-64 checked), ls, rm, presign, on AliyunOSSRuntime.
        .executableTarget(
            name: "aliyun-oss",
            dependencies: [
                "AliyunOSS", "AliyunOSSRuntime", "AliyunRuntime",
                product("ArgumentParser", in: "swift-argument-parser", trait: "CommandLineClients"),
            ]),
        // What every generated command-line client shares: global options, output and exit codes.
        .target(
            name: "AliyunCommandSupport",
            dependencies: [
                "AliyunRuntime", product("ArgumentParser", in: "swift-argument-parser", trait: "CommandLineClients"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "aliyun-ecs-images",
            dependencies: [
                "AliyunECSImages", "AliyunCommandSupport", "AliyunRuntime",
                product("ArgumentParser", in: "swift-argument-parser", trait: "CommandLineClients"),
            ],
            path: "Generated/ECSCommand"
        ),
        // Generated from Tests/SwiftCodegenTests/Fixtures/adversarial.api-docs.json with package access;
        // compiling it is a test.
        .target(name: "AdversarialSDK", dependencies: ["AliyunRuntime"], path: "Tests/AdversarialSDK"),
        // A ROA-style SDK (CS operations and Ververica's CreateVariable) generated from
        // Tests/SwiftCodegenTests/Fixtures/roa.api-docs.json, golden-tested, and exercised over HTTP.
        .target(name: "ROASDK", dependencies: ["AliyunRuntime"], path: "Tests/ROASDK"),
        // A V3-style product as generated from its real metadata (Cloud Control: ROA operations signed with ACS3, a
        // path that is a parameter whole), compared with its official SDK's requests byte for byte.
        .target(name: "CloudControlSDK", dependencies: ["AliyunRuntime"], path: "Tests/CloudControlSDK"),
        // Clients of a few operations of VPC, ECS and CS (ROA) from the corpus, for the emulator's round trips.
        .target(name: "EmulatorVPCSDK", dependencies: ["AliyunRuntime"], path: "Tests/EmulatorVPCSDK"),
        .target(name: "EmulatorECSSDK", dependencies: ["AliyunRuntime"], path: "Tests/EmulatorECSSDK"),
        .target(name: "EmulatorCSSDK", dependencies: ["AliyunRuntime"], path: "Tests/EmulatorCSSDK"),
        // V3-style products called as RPC (OCR with an image as its raw body; ARMS), likewise compared.
        .target(name: "OCRSDK", dependencies: ["AliyunRuntime"], path: "Tests/OCRSDK"),
        .target(name: "ARMSSDK", dependencies: ["AliyunRuntime"], path: "Tests/ARMSSDK"),
        // An FC-style product (Function Compute 3.0: ROA signed with ACS3, raw bodies both ways), likewise compared.
        .target(name: "FCSDK", dependencies: ["AliyunRuntime"], path: "Tests/FCSDK"),
        .target(name: "FCOpenSDK", dependencies: ["AliyunRuntime"], path: "Tests/FCOpenSDK"),
        // PDS (its gateway: the legacy ROA signature or a bearer token) and AliGenie (ROA with ACS3 and its access-token
        // header), likewise compared.
        .target(name: "PDSSDK", dependencies: ["AliyunRuntime"], path: "Tests/PDSSDK"),
        .target(name: "AliGenieSDK", dependencies: ["AliyunRuntime"], path: "Tests/AliGenieSDK"),
        // RunInstances and CreateInstance with the parameters whose description and schema disagree, generated
        // from Tests/SwiftCodegenTests/Fixtures/disagreements.api-docs.json (cut from the real ECS metadata by
        // Scripts/extract-operations.py), golden-tested, and exercised over HTTP.
        .target(name: "StaleRulesSDK", dependencies: ["AliyunRuntime"], path: "Tests/StaleRulesSDK"),
        .executableTarget(
            name: "roa-cli",
            dependencies: [
                "ROASDK", "AliyunCommandSupport", "AliyunRuntime",
                product("ArgumentParser", in: "swift-argument-parser", trait: "CommandLineClients"),
            ],
            path: "Tests/ROACommand"
        ),
        .executableTarget(
            name: "adversarial-cli",
            dependencies: [
                "AdversarialSDK", "AliyunCommandSupport", "AliyunRuntime",
                product("ArgumentParser", in: "swift-argument-parser", trait: "CommandLineClients"),
            ],
            path: "Tests/AdversarialCommand"
        ),
        .target(
            name: "SwiftCodegen",
            dependencies: [
                "SpecIR",
                "SpecReaders",
                "SwiftSourceText",
                "TemplateRendering",
                // The emulators read specs through SwiftCodegen (AliyunEmulator's catalog and request plan) too.
                product("Yams", in: "Yams", traits: ["Generator", "Emulators"]),
            ]
        ),
        // The Mustache renderer: parses templates and renders encoded view models, strictly (a name no context
        // has is an error).
        .target(name: "TemplateRendering", dependencies: ["SwiftSourceText"]),
        .testTarget(
            name: "TemplateRenderingTests",
            dependencies: [
                "TemplateRendering",
                // The reference the renderer is compared with (RendererOracleTests).
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // Swift string literals that say exactly what their text says; shared by the generator and the
        // template embedder.
        .target(name: "SwiftSourceText"),
        // Writes Sources/SwiftCodegen/Renderer/EmbeddedTemplates.swift from Templates/ (Scripts/embed-templates.sh).
        .executableTarget(name: "template-embedder", dependencies: ["SwiftSourceText"]),
        .target(name: "SpecReaders", dependencies: ["SpecIR", "CLibXML2", "SwiftSourceText", "PatternMatching"]),
        // The linear-time matcher of api-docs patterns: what generated validators run, and what the readers
        // ask whether a pattern can be run at all.
        .target(name: "PatternMatching"),
        .testTarget(name: "PatternMatchingTests", dependencies: ["PatternMatching"]),
        .executableTarget(
            name: "aliyun-codegen",
            dependencies: [
                "SpecIR",
                "SpecReaders",
                "SwiftCodegen",
                "SpecFetching",
                "SpecDiff",
                product("ArgumentParser", in: "swift-argument-parser", trait: "Generator"),
            ]
        ),
        // Specs from Alibaba Cloud's public metadata service: the product list, a product's api-docs checked before
        // it is written, and the lock file that records what a generation was made from.
        .target(name: "SpecFetching", dependencies: ["AliyunRuntime"]),
        // What changed between two specs for the Swift API generated from them, and which changes break it.
        .target(name: "SpecDiff", dependencies: ["SpecIR"]),
        // The emulator's inferred state: which operations create, read, change and delete which resources, by what
        // identifier, paged how, answering which NotFound code (issue 34).
        .target(name: "ResourceInference", dependencies: ["SpecIR"]),
        // A target holding aliyun-codegen.yaml and its spec gets its SDK generated at build time.
        .plugin(name: "AliyunCodegenPlugin", capability: .buildTool(), dependencies: ["aliyun-codegen"]),
        // `swift package --allow-writing-to-package-directory generate-aliyun-sdk [--target NAME …] [--check]`
        .plugin(
            name: "GenerateAliyunSDK",
            capability: .command(
                intent: .custom(
                    verb: "generate-aliyun-sdk",
                    description: "Regenerate checked-in Alibaba Cloud SDK sources from their aliyun-codegen.yaml"),
                permissions: [
                    .writeToPackageDirectory(
                        reason: "Writes the generated SDK sources into the directories that aliyun-codegen.yaml names")
                ]),
            dependencies: ["aliyun-codegen"]),
        .testTarget(name: "SpecIRTests", dependencies: ["SpecIR"]),
        .testTarget(
            name: "SwiftCodegenTests",
            dependencies: [
                "SwiftCodegen", "SwiftSourceText", "SpecReaders", "SpecIR", "AdversarialSDK", "AliyunRuntime",
                "TemplateRendering", "LoopbackServer",
                // The reference the generator's own Mustache renderer is compared with (RendererOracleTests).
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "AliyunECSTests", dependencies: ["AliyunECSImages", "AliyunRuntime", "LoopbackServer"]),
        .testTarget(name: "StaleRulesSDKTests", dependencies: ["StaleRulesSDK", "AliyunRuntime", "LoopbackServer"]),
        .testTarget(
            name: "ROASDKTests",
            dependencies: [
                "ROASDK", "AliyunRuntime", "LoopbackServer",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // A real HTTP server on 127.0.0.1 for the client tests.
        .target(
            name: "LoopbackServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/LoopbackServer"
        ),
        .testTarget(
            name: "AliyunRuntimeTests",
            dependencies: [
                "AliyunRuntime", "LoopbackServer", .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AliyunServerSupportTests",
            dependencies: ["AliyunServerSupport", "AliyunRuntime", "AliyunECSImages", "AliyunECSImagesServer"]),
        .testTarget(
            name: "ECSEmulatorTests",
            dependencies: [
                "ECSEmulator", "EmulatorSupport", "AliyunECSImages", "AliyunServerSupport", "AliyunRuntime",
                "ecs-emulator", "LoopbackServer",
            ]),
        .testTarget(name: "AliyunXMLTests", dependencies: ["AliyunXML"]),
        .testTarget(
            name: "AliyunOSSRuntimeTests",
            dependencies: ["AliyunOSSRuntime", "AliyunRuntime", "OSSEmulator", "LoopbackServer"]),
        .testTarget(
            name: "StyleConformanceTests",
            dependencies: [
                "CloudControlSDK", "OCRSDK", "ARMSSDK", "FCSDK", "FCOpenSDK", "PDSSDK", "AliGenieSDK", "AliyunSLS",
                "AliyunSLSRuntime",
                "AliyunRuntime",
                "AliyunServerSupport", "LoopbackServer",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]),
        .testTarget(
            name: "AliyunSLSRuntimeTests",
            dependencies: [
                "AliyunSLSRuntime", "AliyunSLS", "AliyunRuntime", "LoopbackServer",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]),
        .testTarget(
            name: "AliyunOSSTests",
            dependencies: ["AliyunOSS", "AliyunOSSRuntime", "AliyunRuntime", "EmulatorSupport", "OSSEmulator"]),
        .testTarget(
            name: "AliyunOSSCommandTests",
            dependencies: ["aliyun-oss", "OSSEmulator", "AliyunRuntime", "LoopbackServer"]),
        .testTarget(name: "EmulatorSupportTests", dependencies: ["EmulatorSupport"]),
        .testTarget(name: "OSSEmulatorTests", dependencies: ["OSSEmulator", "AliyunRuntime", "oss-emulator"]),
        .testTarget(name: "SpecReadersTests", dependencies: ["SpecReaders", "SpecIR"], exclude: ["Fixtures"]),
        .testTarget(name: "SpecFetchingTests", dependencies: ["SpecFetching", "LoopbackServer"]),
        .testTarget(name: "SpecDiffTests", dependencies: ["SpecDiff", "SpecIR", "SpecReaders"]),
        .testTarget(
            name: "AliyunEmulatorTests",
            dependencies: [
                "AliyunEmulator", "AliyunRuntime", "EmulatorSupport", "EmulatorVPCSDK", "EmulatorECSSDK",
                "EmulatorCSSDK", "aliyun-emulator", "AliyunECSImages", "EmulatorHandlers",
            ]),
        .testTarget(name: "ResourceInferenceTests", dependencies: ["ResourceInference", "SpecIR", "SpecReaders"]),
        .testTarget(
            name: "AliyunCodegenCLITests",
            dependencies: ["aliyun-codegen", "aliyun-ecs-images", "roa-cli", "LoopbackServer"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The whole ECS API and its command-line client, generated by Scripts/compile-whole-ecs.sh into
// .build-whole-ecs/ (ignored by git) and compiled only when that script asks, so that everyday builds
// stay fast while CI proves that every operation of the real metadata compiles with no warnings.
if Context.environment["ALIYUN_WHOLE_ECS"] == "1" {
    package.targets += [
        .target(name: "AliyunECSComplete", dependencies: ["AliyunRuntime"], path: ".build-whole-ecs/AliyunECSComplete"),
        .executableTarget(
            name: "aliyun-ecs-complete",
            dependencies: [
                "AliyunECSComplete", "AliyunCommandSupport", "AliyunRuntime",
                product("ArgumentParser", in: "swift-argument-parser", trait: "CommandLineClients"),
            ],
            path: ".build-whole-ecs/ECSCompleteCommand"
        ),
        .target(
            name: "AliyunECSCompleteServer",
            dependencies: ["AliyunECSComplete", "AliyunServerSupport", "AliyunRuntime"],
            path: ".build-whole-ecs/AliyunECSCompleteServer"),
        .testTarget(
            name: "AliyunECSCompleteTests",
            dependencies: [
                "AliyunECSComplete", "AliyunECSCompleteServer", "AliyunServerSupport", "AliyunRuntime", "ECSEmulator",
                "AliyunEmulator",
            ]),
    ]
}

// The whole Container Service API (ROA style) and its command-line client, generated by Scripts/whole-cs.sh
// into .build-whole-cs/ (ignored by git) and compiled only when that script asks.
if Context.environment["ALIYUN_WHOLE_CS"] == "1" {
    package.targets += [
        .target(name: "AliyunCSComplete", dependencies: ["AliyunRuntime"], path: ".build-whole-cs/AliyunCSComplete"),
        .executableTarget(
            name: "aliyun-cs-complete",
            dependencies: [
                "AliyunCSComplete", "AliyunCommandSupport", "AliyunRuntime",
                product("ArgumentParser", in: "swift-argument-parser", trait: "CommandLineClients"),
            ],
            path: ".build-whole-cs/CSCompleteCommand"
        ),
        .testTarget(
            name: "AliyunCSCompleteTests", dependencies: ["AliyunCSComplete", "AliyunRuntime", "AliyunEmulator"]),
    ]
}
