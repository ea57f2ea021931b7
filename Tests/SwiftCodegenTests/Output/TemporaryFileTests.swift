import Foundation
import Testing

@testable import SwiftCodegen

/// A staged file holds exactly its text, never replaces a file already there, and says why it failed.
@Suite("Temporary files")
struct TemporaryFileTests {
    @Test("the file holds the text's UTF-8 bytes; an existing path and a missing directory are errors")
    func create() throws {
        let directory = try Repository.temporaryDirectory()
        let path = directory.appendingPathComponent("staged.swift").path
        let text = "// 中文 \u{202E}\n" + String(repeating: "x", count: 300_000)
        try TemporaryFile.create(Array(text.utf8), at: path)
        #expect(FileManager.default.contents(atPath: path) == Data(text.utf8))

        #expect(throws: TemporaryFileError.self) { try TemporaryFile.create(Array("other".utf8), at: path) }
        #expect(FileManager.default.contents(atPath: path) == Data(text.utf8), "the first file is untouched")

        do {
            try TemporaryFile.create(Array("x".utf8), at: directory.appendingPathComponent("missing/file.swift").path)
            Issue.record("a file in a missing directory was created")
        } catch {
            #expect(error.description == "No such file or directory")
        }
    }
}
