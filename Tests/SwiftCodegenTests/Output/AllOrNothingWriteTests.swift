import Foundation
import SwiftCodegen
import Testing

@Suite("Writing is all or nothing, and never touches a hand-written file")
struct AllOrNothingWriteTests {
    static let header = OutputDirectory.headerMarker + " from a.json.\n"

    static func contents(_ root: URL, _ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("a hand-written file at a planned path is refused, named, and nothing else is written")
    func handWrittenFileInTheWay() throws {
        let root = try Repository.temporaryDirectory()
        let directory = OutputDirectory(path: root.path)
        _ = try directory.write([RenderedFile(path: "A.swift", contents: Self.header + "let a = 1\n")])
        try "// mine, keep it\n".write(to: root.appendingPathComponent("B.swift"), atomically: true, encoding: .utf8)
        let error = #expect(throws: GenerationError.self) {
            try directory.write([
                RenderedFile(path: "A.swift", contents: Self.header + "let a = 2\n"),
                RenderedFile(path: "B.swift", contents: Self.header + "let b = 2\n"),
            ])
        }
        #expect(error?.file == root.appendingPathComponent("B.swift").path)
        #expect(error?.message.contains("did not write") == true)
        #expect(Self.contents(root, "B.swift") == "// mine, keep it\n")
        #expect(Self.contents(root, "A.swift") == Self.header + "let a = 1\n", "A is not half-updated")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["A.swift", "B.swift"])
    }

    @Test("when one output directory fails, none of them changes")
    func acrossDirectories() throws {
        let root = try Repository.temporaryDirectory()
        let sdk = OutputDirectory(path: root.appendingPathComponent("SDK").path)
        let command = OutputDirectory(path: root.appendingPathComponent("Command").path)
        _ = try sdk.write([RenderedFile(path: "A.swift", contents: Self.header + "old\n")])
        _ = try command.write([RenderedFile(path: "C.swift", contents: Self.header + "old\n")])
        try "not generated\n".write(
            to: root.appendingPathComponent("Command/D.swift"), atomically: true, encoding: .utf8)
        #expect(throws: GenerationError.self) {
            try OutputDirectory.write([
                (directory: sdk, files: [RenderedFile(path: "A.swift", contents: Self.header + "new\n")]),
                (
                    directory: command,
                    files: [
                        RenderedFile(path: "C.swift", contents: Self.header + "new\n"),
                        RenderedFile(path: "D.swift", contents: Self.header + "new\n"),
                    ]
                ),
            ])
        }
        #expect(Self.contents(root, "SDK/A.swift") == Self.header + "old\n")
        #expect(Self.contents(root, "Command/C.swift") == Self.header + "old\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("SDK").path) == ["A.swift"])
        let reports = try OutputDirectory.write([
            (directory: sdk, files: [RenderedFile(path: "A.swift", contents: Self.header + "new\n")]),
            (directory: command, files: [RenderedFile(path: "C.swift", contents: Self.header + "new\n")]),
        ])
        #expect(reports.map(\.written) == [["A.swift"], ["C.swift"]])
        #expect(Self.contents(root, "Command/D.swift") == "not generated\n", "a hand-written file is never removed")
    }
}
