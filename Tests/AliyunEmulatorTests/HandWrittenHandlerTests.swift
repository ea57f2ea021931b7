import AliyunECSImages
import AliyunEmulator
import AliyunRuntime
import EmulatorHandlers
import Foundation
import Testing

/// ECS's image store mounted by name from an override file (`spec/emulator-overrides/ecs.json`): its hand-written
/// rules answer ModifyImageAttribute and DescribeImages, the spec the rest of ECS.
@Suite("aliyun-emulator: hand-written handlers named by a product's overrides")
struct HandWrittenHandlerTests {
    static let overrides = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("spec/emulator-overrides").path

    @Test("ecs-images: the image store's rules and state answer ModifyImageAttribute and DescribeImages")
    func ecsImages() async throws {
        let catalog = try ProductCatalog.load(
            corpus: EmulatorHarness.corpus, products: ["ecs"], overrides: Self.overrides)
        #expect(catalog.products.first?.overrides.handlers == ["ecs-images"])
        var configuration = AliyunEmulatorConfiguration(catalog: catalog, credentials: [EmulatorHarness.key])
        configuration.images = EmulatorState(images: [EmulatedImage(imageId: "m-1", regionId: "cn-hangzhou")])
        let emulator = try await AliyunEmulator.start(configuration)
        defer { Task { await emulator.stop() } }
        #expect(emulator.servesByHand(action: "ModifyImageAttribute", version: "2014-05-26"))
        #expect(!emulator.servesByHand(action: "DescribeSecurityGroups", version: "2014-05-26"))
        let client = ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(emulator.url), credentials: StaticCredentialsProvider(EmulatorHarness.key),
                retry: .disabled))
        _ = try await client.modifyImageAttribute(
            ModifyImageAttributeRequest(regionId: "cn-hangzhou", imageId: "m-1", imageName: "renamed"))
        let images = try await client.describeImages(DescribeImagesRequest(regionId: "cn-hangzhou"))
        #expect(images.images?.image?.map(\.imageName) == ["renamed"])
        let error = await #expect(throws: ModifyImageAttributeError.self) {
            _ = try await client.modifyImageAttribute(
                ModifyImageAttributeRequest(regionId: "cn-hangzhou", imageId: "m-404", imageName: "renamed-again"))
        }
        #expect(error?.code == .invalidImageIdNotFound)
    }

    @Test("an override naming handlers the emulator does not know stops it from starting, naming them")
    func unknownHandlers() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(#"{"handlers": ["vpc-magic"]}"#.utf8).write(to: directory.appendingPathComponent("vpc.json"))
        let catalog = try ProductCatalog.load(
            corpus: EmulatorHarness.corpus, products: ["vpc"], overrides: directory.path)
        let error = await #expect(throws: CatalogError.self) {
            _ = try await AliyunEmulator.start(
                AliyunEmulatorConfiguration(catalog: catalog, credentials: [EmulatorHarness.key]))
        }
        #expect(error?.description.contains("vpc-magic") == true)
        #expect(error?.description.contains("ecs-images") == true)
    }
}
