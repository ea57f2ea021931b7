import AliyunECSImages
import AliyunRuntime
import ECSEmulator
import EmulatorSupport
import Foundation
import Testing

/// The ECS emulator is aliyun-emulator's server started as a preset, so it routes calls as aliyun-emulator does:
/// where a call goes is decided once, and a call no handler serves belongs to no product.
@Suite("ecs-emulator: a preset of aliyun-emulator")
struct PresetTests {
    @Test(
        "a fault of one product waits for a call that product serves: a call of an unknown version or action is none",
        arguments: [
            ("2099-01-01", "DescribeImages", "InvalidVersion"),
            ("2014-05-26", "LaunchRockets", "InvalidAction.NotFound"),
        ])
    func faultOfProduct(version: String, action: String, code: String) async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            try await harness.emulator.faults.add(
                Fault(kind: .error, code: "Throttling.User", status: 400, product: "Ecs"))
            let stray = try await harness.client().caller.call(
                RPCCall(
                    product: "Ecs", version: version, action: action,
                    parameters: [RPCQueryItem(name: "RegionId", value: EmulatorHarness.region)]))
            #expect(GatewayTests.code(of: stray) == code)
            #expect(await harness.emulator.faults.waiting.count == 1, "the fault still waits")
            let error = await #expect(throws: DescribeImagesError.self) {
                _ = try await harness.client().describeImages(.init(regionId: EmulatorHarness.region))
            }
            #expect(error?.code.rawValue == "Throttling.User")
            #expect(await harness.emulator.faults.waiting.isEmpty)
            #expect(await harness.emulator.journal.all.map(\.fault) == [nil, "error"])
        }
    }
}
