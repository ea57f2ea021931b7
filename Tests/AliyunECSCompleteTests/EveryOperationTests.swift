import AliyunECSComplete
import AliyunEmulator
import AliyunRuntime
import Foundation
import Testing

/// Every operation of the whole ECS API (RPC style), called through its generated types against aliyun-emulator.
@Suite("Whole ECS: every operation against aliyun-emulator")
struct EveryOperationTests {
    @Test("every operation answers a signed call: a success its response type decodes, or the documented NotFound")
    func everyOperation() async throws {
        let figures = try await EmulatorProbe.run(spec: Corpus.path, operations: ECSClient.operations)
        #expect(figures.problems.isEmpty, "\(figures.problems.joined(separator: "\n"))")
        #expect(figures.answered + figures.notFound == ECSClient.operations.count)
        #expect(figures.answered >= 250, "\(figures.summary)")
        print("whole ECS against aliyun-emulator: \(figures.summary)")
    }
}
