import Foundation
import Testing

@testable import SwiftCodegen

@Suite("The fixed layout: the same files for every spec")
struct FixedLayoutTests {
    private func files(operations: [String]) throws -> [RenderedFile] {
        var config = Repository.config(
            spec: "../shared/corpus/ecs-2014-05-26.api-docs.json", output: "out", module: "Fixed")
        config.operations = operations
        config.layout = .fixed
        return try GenerationRun(config: config).render().files
    }

    @Test("one operation or several: always FixedLayout.fileNames, each operation in its shard")
    func sameFileNames() throws {
        for operations in [["ModifyImageAttribute"], ["DescribeImages", "CreateImage", "DeleteImage", "CopyImage"]] {
            let files = try files(operations: operations)
            #expect(files.map(\.path) == FixedLayout.fileNames)
            for operation in operations {
                let shard = FixedLayout.shardFileName(FixedLayout.shard(ofOperation: operation))
                let holders = files.filter { $0.contents.contains("public struct \(operation)Request:") }
                #expect(holders.map(\.path) == [shard], "\(operation)")
            }
            let client = try #require(files.first { $0.path == FixedLayout.clientFileName })
            #expect(client.contents.contains("public struct ECSClient"))
            #expect(client.contents.contains("static let operations: [OperationDescriptor]"))
        }
    }

    @Test("shards are chosen by a stable hash: known values, spread over all shards")
    func stableHash() {
        // FNV-1a's published values: the offset basis for "", 0xaf63dc4c8601ec8c for "a".
        let empty: UInt64 = 0xcbf2_9ce4_8422_2325
        let a: UInt64 = 0xaf63_dc4c_8601_ec8c
        #expect(FixedLayout.shard(ofOperation: "") == Int(empty % 8))
        #expect(FixedLayout.shard(ofOperation: "a") == Int(a % 8))
        let names = (0..<64).map { "Operation\($0)" }
        #expect(Set(names.map(FixedLayout.shard(ofOperation:))).count == FixedLayout.shardCount)
    }
}
