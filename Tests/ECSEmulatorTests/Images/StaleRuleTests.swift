import AliyunECSImages
import AliyunRuntime
import ECSEmulator
import Foundation
import LoopbackServer
import Testing

/// A documented rule the service no longer enforces: the emulator, told to accept, stands for a service
/// that has raised its limit (here ImageName's documented 128 characters).
@Suite("A client-side rule the service is known to accept")
struct StaleRuleTests {
    static let longName = "n" + String(repeating: "x", count: 199)
    static let request = ModifyImageAttributeRequest(
        regionId: EmulatorHarness.region, imageId: "m-1", imageName: longName)

    @Test("enforce refuses it client-side with the rule, its sentence and the bypass; the bypass is accepted")
    func enforceThenBypass() async throws {
        try await EmulatorHarness.with([.sample("m-1")], serverValidation: .off) { harness in
            let messages = RecordingLogHandler.Messages()
            let client = harness.client(
                validation: ValidationPolicy(mode: .enforce, logger: RecordingLogHandler.logger(messages)))
            let error = await #expect(throws: RequestValidationError.self) {
                _ = try await client.modifyImageAttribute(Self.request)
            }
            let text = error?.description ?? ""
            #expect(text.contains("ImageName: must be at most 128 characters long (it has 200)"))
            #expect(text.contains("— 长度为 2~128 个字符。"))
            #expect(text.contains("CallOptions(validation: .warn)"))
            #expect(await harness.emulator.journal.all.isEmpty, "nothing reached the emulator")

            _ = try await client.modifyImageAttribute(Self.request, options: CallOptions(validation: .warn))
            #expect(await harness.emulator.store.image("m-1", in: EmulatorHarness.region)?.imageName == Self.longName)
            let accepted = try #require(messages.texts(at: .warning).last)
            #expect(
                accepted.contains("the service accepted a request that breaks the documented length rule of ImageName"))
            #expect(accepted.contains("\"长度为 2~128 个字符。\""))
        }
    }

    @Test("the default mode sends it (a length stated only in prose may go stale) and reports the acceptance")
    func defaultModeSends() async throws {
        try await EmulatorHarness.with([.sample("m-1")], serverValidation: .off) { harness in
            let messages = RecordingLogHandler.Messages()
            let client = harness.client(validation: ValidationPolicy(logger: RecordingLogHandler.logger(messages)))
            _ = try await client.modifyImageAttribute(Self.request)
            #expect(messages.texts(at: .warning).count == 2)
        }
    }

    @Test("where the service does enforce the rule, what the default mode let through comes back as the typed error")
    func serviceStillRefuses() async throws {
        try await EmulatorHarness.with([.sample("m-1")]) { harness in
            let client = harness.client(validation: ValidationPolicy())
            let error = await #expect(throws: ModifyImageAttributeError.self) {
                _ = try await client.modifyImageAttribute(Self.request)
            }
            #expect(error?.code == .invalidImageNameMalformed)
        }
    }
}
