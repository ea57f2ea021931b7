import Foundation
import SwiftCodegen
import Testing

@Suite("A directory that does not exist yet is written whole, in one rename")
struct FreshDirectoryWriteTests {
    static let header = OutputDirectory.headerMarker + " from a.json.\n"

    @Test("every file lands, the parents are created, and no temporary directory is left beside it")
    func writesEveryFile() throws {
        let parent = try Repository.temporaryDirectory()
        let root = parent.appendingPathComponent("Deep/Package")
        let files = [
            RenderedFile(path: "Package.swift", contents: "// swift-tools-version: 6.0\n" + Self.header),
            RenderedFile(path: "Sources/A/A.swift", contents: Self.header + "let a = 1\n"),
            RenderedFile(path: "Sources/A/Models/B.swift", contents: Self.header + "let b = 2\n"),
            RenderedFile(path: "Sources/C/C.swift", contents: Self.header + "let c = 3\n"),
        ]
        let report = try OutputDirectory(path: root.path).write(files)
        #expect(report.written == files.map(\.path))
        #expect(report.unchanged.isEmpty && report.removed.isEmpty)
        for file in files {
            let written = try String(contentsOf: root.appendingPathComponent(file.path), encoding: .utf8)
            #expect(written == file.contents)
        }
        #expect(OutputDirectory(path: root.path).existingFiles() == files.map(\.path).sorted())
        let beside = try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("Deep").path)
        #expect(beside == ["Package"])
        // The second run finds the directory and compares file by file.
        let again = try OutputDirectory(path: root.path).write(files)
        #expect(again.written.isEmpty && again.unchanged == files.map(\.path))
    }

    @Test("a file that cannot be written leaves neither the directory nor a temporary one")
    func failureLeavesNothing() throws {
        let parent = try Repository.temporaryDirectory()
        let root = parent.appendingPathComponent("Package")
        // `A.swift` is a file, so nothing can be written below it.
        let files = [
            RenderedFile(path: "A.swift", contents: Self.header),
            RenderedFile(path: "A.swift/B.swift", contents: Self.header),
        ]
        let error = #expect(throws: GenerationError.self) { try OutputDirectory(path: root.path).write(files) }
        #expect(error?.file?.hasPrefix(root.path) == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test("when another output fails to stage, a fresh directory staged before it is never created")
    func allOrNothingAcrossOutputs() throws {
        let parent = try Repository.temporaryDirectory()
        let fresh = OutputDirectory(path: parent.appendingPathComponent("Fresh").path)
        let existing = OutputDirectory(path: parent.appendingPathComponent("Existing").path)
        _ = try existing.write([RenderedFile(path: "A.swift", contents: Self.header + "old\n")])
        try "mine\n".write(to: parent.appendingPathComponent("Existing/B.swift"), atomically: true, encoding: .utf8)
        #expect(throws: GenerationError.self) {
            try OutputDirectory.write([
                (directory: fresh, files: [RenderedFile(path: "F.swift", contents: Self.header)]),
                (directory: existing, files: [RenderedFile(path: "B.swift", contents: Self.header)]),
            ])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["Existing"])
    }

    @Test("a path that is a file, not a directory, is refused with its name")
    func pathIsAFile() throws {
        let parent = try Repository.temporaryDirectory()
        let root = parent.appendingPathComponent("Package")
        try "not a directory\n".write(to: root, atomically: true, encoding: .utf8)
        let error = #expect(throws: GenerationError.self) {
            try OutputDirectory(path: root.path).write([RenderedFile(path: "A.swift", contents: Self.header)])
        }
        #expect(error?.file?.hasPrefix(root.path) == true)
        #expect(try String(contentsOf: root, encoding: .utf8) == "not a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["Package"])
    }
}
