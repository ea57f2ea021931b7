import AliyunECSComplete
import AliyunECSCompleteServer
import AliyunRuntime
import ECSEmulator
import Foundation
import Testing

/// The emulator serving the whole ECS API: the image store's operations, and every other operation's
/// documented example, through the whole API's generated server side and its generated client.
@Suite("The ECS emulator over the whole ECS API")
struct EmulatorTests {
    static let key = Credentials(accessKeyId: "LTAI-whole", accessKeySecret: "whole-secret")

    @Test("every operation has a route, the stateful ones keep their state, the others answer their example")
    func wholeAPI() async throws {
        let emulator = try await ECSEmulator.start(
            EmulatorConfiguration(
                credentials: [Self.key],
                state: EmulatorState(images: [EmulatedImage(imageId: "m-1", regionId: "cn-hangzhou")])),
            routes: ServerSideTests.Defaults().operationRouter)
        let client = ECSClient(
            configuration: RPCClientConfiguration(
                endpoint: ServiceEndpoint(emulator.url), credentials: StaticCredentialsProvider(Self.key),
                retry: .disabled))
        let regions = try await client.describeRegions(DescribeRegionsRequest())
        #expect(regions.regions?.region?.isEmpty == false, "the documented example")
        _ = try await client.modifyImageAttribute(
            ModifyImageAttributeRequest(regionId: "cn-hangzhou", imageId: "m-1", imageName: "whole-api"))
        let images = try await client.describeImages(DescribeImagesRequest(regionId: "cn-hangzhou"))
        #expect(images.images?.image?.map(\.imageName) == ["whole-api"], "the image store, not the example")
        await emulator.stop()
    }
}
