import Foundation
import SwiftCodegen
import Testing

@Suite("SeparateOutputs.normalised")
struct SeparateOutputsTests {
    @Test("the existing part is resolved by the file system, links and `..` after them included; the rest as text")
    func normalised() throws {
        let directory = try Repository.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let real = SeparateOutputs.normalised(directory.path)
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link").path,
            withDestinationPath: directory.appendingPathComponent("a/b").path)
        let cases = [
            ("a/b", "a/b"), ("a//b/", "a/b"), ("./a/./b", "a/b"), ("link", "a/b"), ("link/..", "a"),
            ("link/new/x", "a/b/new/x"), ("link/new/../..", "a"), ("a/missing/../b", "a/b"),
            ("missing/./x/../y", "missing/y"),
        ]
        for (path, expected) in cases {
            #expect(SeparateOutputs.normalised(directory.path + "/" + path) == real + "/" + expected, "\(path)")
        }
        #expect(SeparateOutputs.normalised("/") == "/")
    }
}
