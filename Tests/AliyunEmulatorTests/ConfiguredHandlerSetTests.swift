import AliyunEmulator
import AliyunRuntime
import EmulatorHandlers
import Foundation
import Testing

/// Hand-written handler sets the configuration names (`AliyunEmulatorConfiguration.handlerSets`), over no product
/// at all: what `ecs-emulator` is made of.
@Suite("aliyun-emulator: hand-written handler sets named by the configuration")
struct ConfiguredHandlerSetTests {
    @Test("ecs-images named by the configuration serves the images with no product; the state endpoint gives them")
    func namedByTheConfiguration() async throws {
        var configuration = AliyunEmulatorConfiguration(catalog: ProductCatalog([]), credentials: [EmulatorHarness.key])
        configuration.handlerSets = ["ecs-images"]
        configuration.images = EmulatorState(images: [EmulatedImage(imageId: "m-1", regionId: "cn-hangzhou")])
        configuration.servedState = .images
        let emulator = try await AliyunEmulator.start(configuration)
        defer { Task { await emulator.stop() } }
        #expect(emulator.servesByHand(action: "DescribeImages", version: "2014-05-26"))
        let state = try await EmulatorHarness(emulator: emulator).control("GET", "/_emulator/state")
        let served = try JSONDecoder().decode(EmulatorState.self, from: Data(state.body.utf8))
        #expect(served.images.map(\.imageId) == ["m-1"])
    }

    @Test("a handler set the configuration names but the emulator does not know stops it, naming the known ones")
    func unknownName() async throws {
        var configuration = AliyunEmulatorConfiguration(catalog: ProductCatalog([]), credentials: [EmulatorHarness.key])
        configuration.handlerSets = ["vpc-magic"]
        let error = await #expect(throws: CatalogError.self) { _ = try await AliyunEmulator.start(configuration) }
        #expect(error?.description == "error: the configuration names the handlers vpc-magic; known: ecs-images")
    }
}
