import AliyunCSComplete
import AliyunEmulator
import AliyunRuntime
import Foundation
import Testing

/// Every operation of the whole CS API (ROA style), called through its generated types against aliyun-emulator.
@Suite("Whole CS: every operation against aliyun-emulator")
struct EveryOperationTests {
    @Test("every operation answers a signed call: a success its response type decodes, or the documented NotFound")
    func everyOperation() async throws {
        let figures = try await EmulatorProbe.run(
            spec: ResponseExampleTests.path, operations: CSClient.operations)
        #expect(figures.problems.isEmpty, "\(figures.problems.joined(separator: "\n"))")
        #expect(figures.answered + figures.notFound == CSClient.operations.count)
        #expect(figures.answered >= 100, "\(figures.summary)")
        print("whole CS against aliyun-emulator: \(figures.summary)")
    }
}
