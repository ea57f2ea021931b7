import Foundation
import SwiftCodegen
import Testing

/// The DocC catalog's Markdown pages on disk: written, checked and removed like the Swift files, while
/// Markdown the generator did not write is never touched.
@Suite("Writing the catalog")
struct OutputDirectoryCatalogTests {
    static let swift = RenderedFile(path: "A.swift", contents: OutputDirectory.headerMarker + " from a.json.\n")
    static let page = RenderedFile(path: "M.docc/M.md", contents: page(body: "One."))

    static func page(body: String) -> String {
        "# ``M``\n\(OutputDirectory.markdownHeaderMarker) from a.json. -->\n\n\(body)\n"
    }

    func write(_ text: String, to relative: String, in root: URL) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test("a page is generated when its second line, after the title, carries the marker")
    func recognition() throws {
        let root = try Repository.temporaryDirectory()
        let directory = OutputDirectory(path: root.path)
        let cases: [(String, String, Bool)] = [
            ("M.docc/M.md", Self.page.contents, true),
            ("M.docc/Marker first.md", "\(OutputDirectory.markdownHeaderMarker) -->\n# ``M``\n", false),
            ("M.docc/Guide.md", "# Guide\n\nHand-written.\n", false),
            ("M.docc/Later.md", "# Later\n\nText.\n\(OutputDirectory.markdownHeaderMarker) -->\n", false),
            ("README.md", "# Read me\n", false),
            ("Swift marker.md", "\(OutputDirectory.headerMarker)\n", false),
            ("Markdown marker.swift", "# x\n\(OutputDirectory.markdownHeaderMarker) -->\n", false),
        ]
        for (path, text, _) in cases { try write(text, to: path, in: root) }
        for (path, _, generated) in cases { #expect(directory.isGenerated(path) == generated, "\(path)") }
        #expect(directory.existingFiles() == cases.map(\.0).sorted())
    }

    @Test("--check sees a changed, a missing and a stale page")
    func drift() throws {
        let root = try Repository.temporaryDirectory()
        let directory = OutputDirectory(path: root.path)
        _ = try directory.write([Self.swift, Self.page])
        #expect(directory.drift(from: [Self.swift, Self.page]).isEmpty)

        let changed = RenderedFile(path: Self.page.path, contents: Self.page(body: "Two."))
        #expect(directory.drift(from: [Self.swift, changed]).changed == [Self.page.path])
        #expect(directory.drift(from: [Self.swift]).extra == [Self.page.path])
        try FileManager.default.removeItem(at: root.appendingPathComponent(Self.page.path))
        #expect(directory.drift(from: [Self.swift, Self.page]).missing == [Self.page.path])
    }

    @Test("a changed page is rewritten; hand-written Markdown is neither rewritten nor reported")
    func rewrite() throws {
        let root = try Repository.temporaryDirectory()
        let directory = OutputDirectory(path: root.path)
        _ = try directory.write([Self.swift, Self.page])
        try write("# Guide\n\nMine.\n", to: "M.docc/Guide.md", in: root)
        try write("# Read me\n", to: "README.md", in: root)
        let changed = RenderedFile(path: Self.page.path, contents: Self.page(body: "Two."))
        #expect(directory.drift(from: [Self.swift, changed]).extra.isEmpty)
        let report = try directory.write([Self.swift, changed])
        #expect(report.written == [Self.page.path])
        #expect(report.removed.isEmpty)
        #expect(directory.contents(of: Self.page.path) == changed.contents)
        #expect(directory.contents(of: "M.docc/Guide.md") == "# Guide\n\nMine.\n")
        #expect(directory.contents(of: "README.md") == "# Read me\n")
    }

    @Test("a stale page is removed with its emptied catalog; a catalog holding hand-written pages stays")
    func staleRemoval() throws {
        let root = try Repository.temporaryDirectory()
        let directory = OutputDirectory(path: root.path)
        let other = RenderedFile(path: "N.docc/N.md", contents: Self.page(body: "N."))
        _ = try directory.write([Self.swift, Self.page, other])
        try write("# Guide\n\nMine.\n", to: "N.docc/Guide.md", in: root)

        let report = try directory.write([Self.swift])
        #expect(report.removed == [Self.page.path, other.path])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("M.docc").path))
        #expect(directory.contents(of: "N.docc/Guide.md") == "# Guide\n\nMine.\n")
        #expect(directory.existingFiles() == ["A.swift", "N.docc/Guide.md"])
        #expect(FileManager.default.fileExists(atPath: root.path))
    }
}
